/**
 * The scripts library (话术库): model, starter library, search, variables, lint, auto-reply.
 * Content scripts that only search may import `./search` directly to stay clear of the index
 * builder (pinyin-pro); through this file the dictionary is tree-shaken away when unused.
 */
export * from './model';
export * from './stages';
export * from './starter-library';
export { STARTER_EXAMPLES, STARTER_EXAMPLE_LIST } from './starter-examples';
export { STARTER_V1_WORDING, type StarterWording } from './starter-v1';
export * from './search-types';
export { createPhraseIndex, indexPhrase, fieldKeys } from './search-index';
export { searchPhrases, prepareIndex } from './search';
export { tagsOfPhrases } from './search-tags';
export { SHOP_SYNONYMS, synonymTable, type SynonymPair } from './synonyms';
export { foldText, normalizeQuery } from './normalize';
export { plainWording } from './suggest-text';
export { toSimplified } from './traditional';
export {
  createReplyIndex,
  replyIndexBuilder,
  suggestReplies,
  orderStateOf,
  SUGGEST_TUNING,
  type SuggestTuning,
  type ReplyIndex,
  type ReplyIndexOptions,
  type SuggestablePhrase,
  type ReplyPick,
  type SuggestContext,
  type ReplySuggestion,
  type OrderState,
} from './suggest';
export { INTENTS, type Intent } from './intents';
export * from './variables';
export * from './lint';
export * from './auto-reply';
export { phrasesArea } from './area';
