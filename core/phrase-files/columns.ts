/** The fields a phrase file can hold, and the header texts each is found by. */
export type ColumnField = 'code' | 'text' | 'group' | 'title' | 'stage' | 'tags' | 'examples' | 'publicReply';

/**
 * Header texts per field, compared after `normalizeHeader`. The first of each list is what our own
 * export writes (the first three are Qianniu's, so other sellers' tools read our files).
 */
export const HEADER_NAMES: Readonly<Record<ColumnField, readonly string[]>> = {
  code: ['快捷短语编码', '快捷编码', '编码', '短语编码', '快捷码', 'code', 'shortcut', 'shortcode'],
  text: ['快捷短语', '短语', '话术', '内容', '回复内容', '短语内容', '话术内容', '快捷短语内容', 'text', 'content'],
  group: ['快捷短语分组', '分组', '分组名称', '短语分组', '话术分组', 'group', 'category'],
  title: ['标题', '短语标题', '话术标题', 'title', 'name'],
  stage: ['阶段', '销售阶段', 'stage'],
  tags: ['标签', 'tags', 'tag'],
  examples: ['买家问法', '问法', '例句', 'examples'],
  publicReply: ['公开回复', 'publicreply'],
};

/** Our export's header, column for column: Qianniu's three columns first (other tools read the file), then ours. */
export const EXPORT_HEADER_NAMES: readonly string[] = (['code', 'text', 'group', 'title', 'stage', 'tags', 'examples', 'publicReply'] as const).map(
  (field) => HEADER_NAMES[field][0]!,
);

/**
 * Header text as compared: full-width folded to half-width (NFKC), lower case, without spaces,
 * a leading `*` (required-field marker) or a trailing `(必填)`-style note.
 */
export function normalizeHeader(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\*/g, '')
    .replace(/\([^()]*\)$/, '')
    .toLowerCase();
}

const FIELD_BY_HEADER: ReadonlyMap<string, ColumnField> = new Map(
  (Object.entries(HEADER_NAMES) as Array<[ColumnField, readonly string[]]>).flatMap(([field, names]) =>
    names.map((name) => [normalizeHeader(name), field] as const),
  ),
);

export function fieldOfHeader(value: string): ColumnField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(value));
}

export interface ColumnMap {
  /** Column index per recognised field (the first column wins when two name the same field). */
  index: Partial<Record<ColumnField, number>>;
  /** Header text per recognised field, as the file writes it (for messages). */
  label: Partial<Record<ColumnField, string>>;
  /** Non-empty headers that name no field, or a field already taken by an earlier column. */
  ignored: string[];
}

export function mapColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, label: {}, ignored: [] };
  headers.forEach((header, i) => {
    const name = header.trim();
    if (name === '') return;
    const field = fieldOfHeader(name);
    if (field === undefined || map.index[field] !== undefined) {
      map.ignored.push(name);
      return;
    }
    map.index[field] = i;
    map.label[field] = name;
  });
  return map;
}
