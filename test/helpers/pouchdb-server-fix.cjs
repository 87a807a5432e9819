/**
 * Loaded into pouchdb-server (node --require) by couch-server.ts. pouchdb-validation 4.2 (inside
 * pouchdb-server) replaces a replicated document's `_revisions` with those of the stored version
 * before running validate_doc_update, so under any design document a replicated *update*
 * (new_edits=false) is dropped with no error. CouchDB keeps the incoming history; so does this fix,
 * by changing that one line as the module loads. Without a design document nothing changes.
 */
const Module = require('node:module');
const { readFileSync } = require('node:fs');

const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIXED = 'if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions;';
const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (/pouchdb-validation[\\/]lib[\\/]index\.js$/.test(filename)) {
    const source = readFileSync(filename, 'utf8');
    if (!source.includes(BUGGY)) throw new Error(`pouchdb-server-fix: pouchdb-validation changed, check whether ${filename} still needs the fix`);
    module._compile(source.replace(BUGGY, FIXED), filename);
    return;
  }
  loadJs(module, filename);
};
