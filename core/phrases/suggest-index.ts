/**
 * The index suggested replies rank with: built once per library (plain arrays, no dictionary),
 * then each buyer message touches only the postings of its own tokens and intents.
 */
import { INTENTS, type Intent } from './intents';
import { intentMatcher } from './intent-matcher';
import { foldForIntents, forEachToken } from './suggest-text';
import { synonymAlternatives, type SynonymPair } from './synonyms';

/** What suggestions need of a phrase. */
export interface SuggestablePhrase {
  id: string;
  title: string;
  text: string;
  tags?: readonly string[] | undefined;
  /** Buyer questions it answers, in buyers' words. */
  examples?: readonly string[] | undefined;
  /** A public review reply: never suggested in chat (not indexed at all). */
  publicReply?: boolean | undefined;
}

/** Which order state a phrase is written for, from its tags (`已发货` / `未发货`). */
export const SHIP_ANY = 0;
export const SHIP_SHIPPED = 1;
export const SHIP_NOT_SHIPPED = 2;

/** Postings of one token: the positions it occurs at and its weight there. */
export interface Postings {
  at: Int32Array;
  weight: Float32Array;
}

export interface ReplyIndex {
  /** Phrase ids, by position. */
  ids: string[];
  /** Token → position in the per-token arrays. */
  tokens: Map<string, number>;
  /** Inverse document frequency of each token (over phrases). */
  idf: Float32Array;
  /** Title and tags: the words the phrase is about. */
  head: (Postings | undefined)[];
  /** The phrase's text. */
  text: (Postings | undefined)[];
  /** Example questions: positions are examples, `exampleOf` maps them to phrases. */
  examples: (Postings | undefined)[];
  exampleOf: Int32Array;
  /** Sum of idf over each example's tokens, and over each phrase's head tokens. */
  exampleMass: Float32Array;
  headMass: Float32Array;
  /** Per intent: the phrases that say it, and how strongly (title/tags/examples 1, text less). */
  intentPhrases: (Postings | undefined)[];
  intentIdf: Float32Array;
  /** Per phrase: sum of intent idf × strength over the intents it says (for a cosine). */
  intentMass: Float32Array;
  intentsOf(folded: string): number[];
  /** Per intent: 1 where it is courtesy (greeting, thanks, 好的) rather than a question (`SOCIAL_INTENTS`). */
  socialIntent: Uint8Array;
  shipState: Uint8Array;
  /** Shop word → words that may stand for it (ours plus the owner's pairs). */
  synonyms: Map<string, string[]>;
  /** Idf a token that no phrase has gets: as rare as can be. */
  unknownIdf: number;
}

/**
 * Intents that are courtesy, not a question: said next to a question (`您好 请问什么时候发货`,
 * `等了好久了 到底发没发`) they are not what the buyer needs answered.
 */
export const SOCIAL_INTENTS: readonly string[] = ['greet', 'wait-long', 'night', 'thanks', 'ack', 'praise', 'festive', 'chitchat', 'bye', 'good-night'];

/** How much a place in a phrase says about what it answers. */
const HEAD_TAG_WEIGHT = 0.8;
const INTENT_IN_TEXT = 0.5;
const INTENT_IN_EXAMPLES = 0.7;
const UNKNOWN_FACTOR = 0.5;

/**
 * Postings built in position order: a token met again at the same position keeps its best weight.
 * Flat arrays per token (no map per token): building 10,000 phrases stays fast.
 */
class PostingsBuilder {
  private readonly at: number[][] = [];
  private readonly weight: number[][] = [];
  add(token: number, at: number, weight: number) {
    while (this.at.length <= token) {
      this.at.push([]);
      this.weight.push([]);
    }
    const list = this.at[token]!;
    const weights = this.weight[token]!;
    const last = list.length - 1;
    if (last >= 0 && list[last] === at) {
      if (weights[last]! < weight) weights[last] = weight;
    } else {
      list.push(at);
      weights.push(weight);
    }
  }
  build(size: number): (Postings | undefined)[] {
    const out: (Postings | undefined)[] = new Array(size).fill(undefined);
    for (let token = 0; token < this.at.length; token++) {
      if (this.at[token]!.length) out[token] = { at: Int32Array.from(this.at[token]!), weight: Float32Array.from(this.weight[token]!) };
    }
    return out;
  }
}

function shipStateOf(tags: readonly string[] | undefined): number {
  if (tags?.includes('已发货')) return SHIP_SHIPPED;
  if (tags?.includes('未发货')) return SHIP_NOT_SHIPPED;
  return SHIP_ANY;
}

export interface ReplyIndexOptions {
  /** The owner's own synonym pairs, on top of ours. */
  synonymPairs?: readonly SynonymPair[];
  /** The intent table (ours unless a test gives one). */
  intents?: readonly Intent[];
}

/**
 * Builds the index phrase by phrase (public review replies left out), so a caller with a large
 * library can pause between phrases; `finish` computes the weights once all are in.
 */
export function replyIndexBuilder(options: ReplyIndexOptions = {}) {
  const intentTable = options.intents ?? INTENTS;
  const intentsOf = intentMatcher(intentTable);
  const replyIntentsOf = intentMatcher(intentTable, 'reply');
  const ids: string[] = [];
  const tokenIds = new Map<string, number>();
  const df: number[] = [];
  const idOf = (token: string) => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(token, id);
      df.push(0);
    }
    return id;
  };

  const head = new PostingsBuilder();
  const text = new PostingsBuilder();
  const examples = new PostingsBuilder();
  const intents = new PostingsBuilder();
  const exampleOf: number[] = [];
  const exampleTokens: number[][] = [];
  const headTokens: number[][] = [];
  const shipState: number[] = [];

  function add(phrase: SuggestablePhrase): void {
    if (phrase.publicReply) return;
    const at = ids.length;
    ids.push(phrase.id);
    const seen = new Set<number>();
    /** Adds a field's tokens to postings at `pos`; their ids to `into` when given. */
    const note = (field: string, into: PostingsBuilder, pos: number, factor: number, filler: boolean, noted?: number[]) => {
      forEachToken(field, filler, (token, weight) => {
        const id = idOf(token);
        into.add(id, pos, weight * factor);
        noted?.push(id);
        if (!seen.has(id)) {
          seen.add(id);
          df[id]!++;
        }
      });
    };
    const tags = phrase.tags ?? [];
    const headIds: number[] = [];
    note(phrase.title, head, at, 1, false, headIds);
    for (const tag of tags) note(tag, head, at, HEAD_TAG_WEIGHT, false, headIds);
    headTokens.push([...new Set(headIds)]);
    note(phrase.text, text, at, 1, false);
    for (const example of phrase.examples ?? []) {
      const exampleIds: number[] = [];
      note(example, examples, exampleOf.length, 1, true, exampleIds);
      exampleTokens.push([...new Set(exampleIds)]);
      exampleOf.push(at);
    }

    // What the phrase is about: its title and tags say it most, its examples nearly as much, its text less.
    for (const intent of replyIntentsOf(foldForIntents(phrase.text, 2000, 'reply'))) intents.add(intent, at, INTENT_IN_TEXT);
    for (const example of phrase.examples ?? []) for (const intent of intentsOf(foldForIntents(example, 400, 'reply'))) intents.add(intent, at, INTENT_IN_EXAMPLES);
    for (const t of [phrase.title, ...tags]) for (const intent of replyIntentsOf(foldForIntents(t, 400, 'reply'))) intents.add(intent, at, 1);
    shipState.push(shipStateOf(tags));
  }

  function finish(): ReplyIndex {
    const n = ids.length;
    const idfOf = (count: number) => Math.log(1 + (n - count + 0.5) / (count + 0.5));
    const idf = Float32Array.from(df, idfOf);
    const massOf = (list: number[]) => list.reduce((sum, id) => sum + idf[id]!, 0);
    const intentPhrases = intents.build(intentTable.length);
    const intentIdf = Float32Array.from(intentPhrases, (p) => idfOf(p?.at.length ?? 0));
    const intentMass = new Float32Array(n);
    intentPhrases.forEach((p, intent) => {
      if (p) for (let j = 0; j < p.at.length; j++) intentMass[p.at[j]!]! += intentIdf[intent]! * p.weight[j]!;
    });
    return {
      ids,
      tokens: tokenIds,
      idf,
      head: head.build(tokenIds.size),
      text: text.build(tokenIds.size),
      examples: examples.build(tokenIds.size),
      exampleOf: Int32Array.from(exampleOf),
      exampleMass: Float32Array.from(exampleTokens, massOf),
      headMass: Float32Array.from(headTokens, massOf),
      intentPhrases,
      intentIdf,
      intentMass,
      intentsOf,
      socialIntent: Uint8Array.from(intentTable, (intent) => (SOCIAL_INTENTS.includes(intent.id) ? 1 : 0)),
      shipState: Uint8Array.from(shipState),
      synonyms: synonymAlternatives(options.synonymPairs),
      // Bigrams no phrase has are mostly chat across word boundaries (个可, 冻吗): rare, but not telling.
      unknownIdf: idfOf(0) * UNKNOWN_FACTOR,
    };
  }

  return { add, finish };
}

/** Builds the index over `phrases` at once (public review replies left out). */
export function createReplyIndex(phrases: readonly SuggestablePhrase[], options: ReplyIndexOptions = {}): ReplyIndex {
  const builder = replyIndexBuilder(options);
  for (const phrase of phrases) builder.add(phrase);
  return builder.finish();
}
