import type { TeamDatabase } from './team-pouch';

/**
 * One PouchDB object per local database for the whole background: the store's backend and the
 * sync run then write through the same object (one IndexedDB connection, no two openings racing
 * over the database's first creation). A destroyed database is forgotten, so joining again opens
 * a fresh one.
 */
export function shareLocalDatabases(open: (name: string) => TeamDatabase): (name: string) => TeamDatabase {
  const shelf = new Map<string, TeamDatabase>();
  return (name) => {
    const known = shelf.get(name);
    if (known) return known;
    const db = open(name);
    const destroy = db.destroy.bind(db);
    // An own property on this one object: PouchDB's prototype stays as it is.
    Object.assign(db, {
      destroy: () => {
        shelf.delete(name);
        return destroy();
      },
    });
    shelf.set(name, db);
    return db;
  };
}
