import { say, type Lang } from '../i18n';
import { UserFacingError } from '../errors';
import { normalizeExamples, normalizeTags, type PhraseDraft, type PhraseRecord } from '../phrases';

/** The fields of a phrase a person edits, in their words. */
const FIELDS = {
  title: { zh: '标题', en: 'title' },
  text: { zh: '内容', en: 'text' },
  code: { zh: '快捷码', en: 'code' },
  groupId: { zh: '分组', en: 'group' },
  stage: { zh: '阶段', en: 'stage' },
  tags: { zh: '标签', en: 'tags' },
  scope: { zh: '所属话术库', en: 'library' },
  examples: { zh: '买家问法', en: 'buyer questions' },
  publicReply: { zh: '公开回复', en: 'public reply' },
} as const;

/** Fields where the draft (as it would be saved) and the stored phrase differ; fields the draft leaves out keep the stored value. */
export function differingFields(stored: PhraseRecord, draft: PhraseDraft): Array<keyof typeof FIELDS> {
  const wanted = {
    title: draft.title,
    text: draft.text,
    code: draft.code || undefined,
    groupId: draft.groupId,
    stage: draft.stage !== undefined ? draft.stage : stored.stage,
    tags: draft.tags !== undefined ? normalizeTags(draft.tags) : stored.tags,
    scope: draft.scope ?? stored.scope,
    examples: draft.examples !== undefined ? normalizeExamples(draft.examples) : (stored.examples ?? []),
    publicReply: draft.publicReply ?? stored.publicReply === true,
  };
  const now = { ...stored, code: stored.code || undefined, examples: stored.examples ?? [], publicReply: stored.publicReply === true };
  return (Object.keys(FIELDS) as Array<keyof typeof FIELDS>).filter((field) => JSON.stringify(wanted[field]) !== JSON.stringify(now[field]));
}

/**
 * The refusal of a save based on an older version of the phrase (another window or tab saved it
 * since the edit began): nothing is written, and the seller is told which fields now differ and
 * offered to load the latest version (the form shows a 载入最新 / Load latest button on `conflict`).
 */
export function changedElsewhere(stored: PhraseRecord, draft: PhraseDraft, lang: Lang): UserFacingError {
  const fields = differingFields(stored, draft);
  return new UserFacingError(
    'conflict',
    say(
      lang,
      `话术“${stored.title}”没有保存：另一个窗口在你编辑时改动了它。请载入最新版本后再改，以免覆盖别人的修改。`,
      `The phrase “${stored.title}” was not saved: another window changed it while you were editing. Load the latest version and edit again, so that no change is overwritten.`,
    ),
    fields.map((field) =>
      say(lang, `${FIELDS[field].zh}：与最新版本不同`, `${FIELDS[field].en}: differs from the latest version`),
    ),
  );
}
