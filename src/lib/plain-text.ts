import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdx } from 'micromark-extension-mdx';

/**
 * Plain text out of a story's MDX body, for places that cannot render MDX:
 * posters and wall sheets. Parsed the way MDX parses (nothing is evaluated),
 * so emphasis, links and escapes come out as the words a reader sees.
 */

/** The bits of an mdast node this module reads. */
interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
}

/** Inline text of a node: text, code and the text inside links, emphasis and inline components. */
function inlineText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  // Images, expressions, raw HTML and components (pull quotes, figures) are not the story's prose.
  if (node.type === 'image' || node.type === 'mdxTextExpression' || node.type === 'html' || node.type === 'mdxJsxTextElement') return '';
  return (node.children ?? []).map(inlineText).join('');
}

/**
 * The story's prose paragraphs as plain text, in order: top-level paragraphs only,
 * so headings, lists, quotes, fact boxes, pull quotes and pictures are left out.
 */
export function getParagraphs(body: string): string[] {
  let tree: MdNode;
  try {
    tree = fromMarkdown(body, { extensions: [mdx()], mdastExtensions: [mdxFromMarkdown()] }) as MdNode;
  } catch {
    // The content check reports broken MDX; here we fall back to blank-line blocks.
    return body
      .split(/\n\s*\n/)
      .map((block) => block.replace(/<[^>]*>|[*_`#>]/g, '').replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '');
  }
  return (tree.children ?? [])
    .filter((node) => node.type === 'paragraph')
    .map((node) => inlineText(node).replace(/\s+/g, ' ').trim())
    .filter((p) => /\p{L}/u.test(p));
}

/** Abbreviations whose full stop does not end a sentence (Indonesian and English). */
const ABBREVIATIONS = /(?:^|[\s(])(?:Jl|No|Nomor|Dr|dr|Ir|Prof|Bpk|Bp|Sdr|Sdri|dll|dsb|dst|tgl|Rp|PT|CV|Tbk|Kec|Kab|Kel|Prov|St|Mr|Mrs|Ms|Mt|etc|vs|e\.g|i\.e|a\.n|u\.p)\.$/;

/** Sentence segmenters by language (creating one is slower than segmenting a paragraph). */
const SEGMENTERS = new Map<string, Intl.Segmenter>();

/** Split text into whole sentences (Intl.Segmenter, then re-joining after abbreviations like "Jl."). */
export function splitSentences(text: string, lang = 'id'): string[] {
  let segmenter = SEGMENTERS.get(lang);
  if (!segmenter) SEGMENTERS.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    const last = out.at(-1);
    if (last !== undefined && (ABBREVIATIONS.test(last) || !/\p{Lu}|\p{N}|["“'‘(]/u.test(s[0]))) out[out.length - 1] = `${last} ${s}`;
    else out.push(s);
  }
  return out;
}

/** True when quotation marks in `s` are balanced, i.e. the sentence does not start or end mid-quote. */
function hasBalancedQuotes(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}

/** Options for {@link derivePoints}. */
export interface DerivePointsOptions {
  /** How many points at most (posters show up to five). */
  max?: number;
  /** Longest sentence taken as a point, in characters; longer ones are skipped, never cut. */
  maxLength?: number;
  /** Shortest sentence worth a line of its own. */
  minLength?: number;
  /** Text already on the poster (the lede): sentences it contains are not repeated. */
  exclude?: string;
  /** Language for sentence boundaries. */
  lang?: string;
}

/**
 * Key points for a story without `poster.points`: whole sentences from its first
 * paragraphs, in reading order, skipping ones that are too long for a poster,
 * too short to stand alone, cut off mid-quotation, or already in the lede.
 */
export function derivePoints(body: string, options: DerivePointsOptions = {}): string[] {
  const { max = 5, maxLength = 180, minLength = 25, exclude = '', lang = 'id' } = options;
  // Parsing the MDX is the expensive part, and the A4 and A3 posters ask for the same story's points: remember them.
  const key = JSON.stringify([max, maxLength, minLength, exclude, lang, body]);
  let points = POINTS_CACHE.get(key);
  if (!points) {
    points = computePoints(body, max, maxLength, minLength, exclude, lang);
    if (POINTS_CACHE.size >= POINTS_CACHE_LIMIT) POINTS_CACHE.clear();
    POINTS_CACHE.set(key, points);
  }
  return [...points];
}

/** derivePoints' answers by input (bounded, for long `astro dev` sessions). */
const POINTS_CACHE = new Map<string, string[]>();
const POINTS_CACHE_LIMIT = 10_000;

function computePoints(body: string, max: number, maxLength: number, minLength: number, exclude: string, lang: string): string[] {
  const seen = exclude.replace(/\s+/g, ' ').toLowerCase();
  const points: string[] = [];
  for (const paragraph of getParagraphs(body)) {
    for (const sentence of splitSentences(paragraph, lang)) {
      if (points.length >= max) return points;
      if (sentence.length < minLength || sentence.length > maxLength) continue;
      if (!hasBalancedQuotes(sentence) || !/[.!?…"”)]$/.test(sentence)) continue;
      if (seen.includes(sentence.toLowerCase())) continue;
      points.push(sentence);
    }
  }
  return points;
}
