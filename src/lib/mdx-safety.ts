import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdx } from 'micromark-extension-mdx';
import type { UiKey } from '../i18n/index.ts';

/**
 * Contributor MDX is data, not code. This module parses a story body the way MDX
 * does (without evaluating anything) and lists every construct that could run
 * code, load another site or break the build, each with its line.
 */

/** The components stories may use without imports, with the attributes each accepts. */
export const STORY_COMPONENTS = {
  PullQuote: ['by'],
  FactBox: ['title'],
  Figure: ['caption', 'credit'],
} as const satisfies Record<string, readonly string[]>;

/** Tags that can run code, restyle the page or pull in another site. */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'link', 'meta', 'base',
  'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'noscript', 'template', 'video', 'audio',
  'source', 'track', 'portal', 'img', 'picture',
]);

/** One problem found in a body; `key` names the i18n message (and `key + '.fix'` its fix). */
export interface BodyProblem {
  key: UiKey;
  line: number;
  value?: string;
  vars?: Record<string, string>;
}

/** An image referenced from the body with Markdown `![alt](src)`. */
export interface BodyImage {
  src: string;
  alt: string;
  line: number;
}

/** What `checkStoryBody` found. */
export interface BodyReport {
  problems: BodyProblem[];
  images: BodyImage[];
  /** Plain words of the body (for reading time), when it parsed. */
  words: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** Decode character references and percent-escapes, drop whitespace and controls: what a browser sees as the scheme. */
export function normaliseUrl(url: string): string {
  let s = url;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s
      .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16) || 0))
      .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d) || 0))
      .replace(/&(colon|tab|newline|lpar|rpar|sol|period);?/gi, (_, n: string) => NAMED[n.toLowerCase()] ?? '');
    try {
      s = decodeURIComponent(s);
    } catch {
      /* keep as is: a stray % is not an attack */
    }
    if (s === before) break;
  }
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
}
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/', period: '.' };

/** True for URLs that run code or smuggle content: javascript:, vbscript:, data:, file:. */
export function isDangerousUrl(url: string): boolean {
  return /^(?:javascript|vbscript|data|file|livescript|mocha):/.test(normaliseUrl(url));
}

/** Map a parser error to an author-facing problem. */
function syntaxProblem(err: unknown): BodyProblem {
  const e = err as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
  const reason = String(e.reason ?? e.message ?? err);
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
  if (/before name/.test(reason) && /U\+0021/.test(reason)) return { key: 'err.mdx.comment', line };
  if (/before name|after `<`|Unexpected character .* \(U\+003C\)/.test(reason)) return { key: 'err.mdx.lt', line };
  const unclosed = /Expected a closing tag for `<(\w+)>`/.exec(reason);
  if (unclosed) return { key: 'err.mdx.unclosed', line, value: unclosed[1] };
  if (/end of file in expression|Unexpected end of file .* expression|expression/.test(reason) && /\{|expression/.test(reason)) {
    return { key: 'err.mdx.expression', line, value: '{' };
  }
  return { key: 'err.mdx.syntax', line, vars: { reason: reason.replace(/\s+/g, ' ').slice(0, 160) } };
}

/** Count words of visible text. */
function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/**
 * Check one story body (the MDX after the front matter). `lineOffset` is the
 * number of lines before the body in the file, so lines point into the file.
 */
export function checkStoryBody(body: string, lineOffset = 0): BodyReport {
  const problems: BodyProblem[] = [];
  const images: BodyImage[] = [];
  const at = (line: number) => line + lineOffset;

  // import/export: MDX reads them as JavaScript when they start a line outside code.
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s{0,3}(```|~~~)/.test(text)) inFence = !inFence;
    if (!inFence && /^(import|export)\b/.test(text)) problems.push({ key: 'err.mdx.import', line: at(i + 1), value: text.trim().slice(0, 80) });
    if (!inFence && /<!--/.test(text)) problems.push({ key: 'err.mdx.comment', line: at(i + 1) });
  });

  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdx()], mdastExtensions: [mdxFromMarkdown()] }) as unknown as Node;
  } catch (err) {
    const p = syntaxProblem(err);
    p.line = at(p.line);
    if (!problems.some((q) => q.key === p.key && q.line === p.line)) problems.push(p);
    return { problems, images, words: countWords(body) };
  }

  let words = 0;
  const visit = (node: Node) => {
    const line = at(node.position?.start.line ?? 1);
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({ key: 'err.mdx.expression', line, value: `{${(node.value ?? '').slice(0, 40)}}` });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line, problems);
        break;
      case 'link':
      case 'definition':
        if (node.url && isDangerousUrl(node.url)) problems.push({ key: 'err.mdx.url', line, value: node.url.slice(0, 80) });
        break;
      case 'image':
        if (node.url && isDangerousUrl(node.url)) problems.push({ key: 'err.mdx.url', line, value: node.url.slice(0, 80) });
        else if (node.url) images.push({ src: node.url, alt: node.alt ?? '', line });
        if (!node.alt?.trim()) problems.push({ key: 'err.mdx.imageAlt', line, value: node.url ?? '' });
        break;
      case 'heading':
        if (node.depth === 1) problems.push({ key: 'err.mdx.heading', line });
        break;
      case 'text':
        words += countWords(node.value ?? '');
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, images, words };
}

/** Check one JSX element: only our components, only their attributes, only literal values. */
function checkElement(node: Node, line: number, problems: BodyProblem[]): void {
  const name = node.name ?? '';
  if (!name) {
    problems.push({ key: 'err.mdx.unknownTag', line, value: '>', vars: { known: Object.keys(STORY_COMPONENTS).join(', ') } });
    return;
  }
  const allowed = (STORY_COMPONENTS as Record<string, readonly string[]>)[name];
  if (!allowed) {
    const key = FORBIDDEN_TAGS.has(name.toLowerCase()) ? 'err.mdx.forbiddenTag' : 'err.mdx.unknownTag';
    problems.push({ key, line, value: name, vars: { known: Object.keys(STORY_COMPONENTS).join(', ') } });
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      problems.push({ key: 'err.mdx.attrExpression', line, value: '{...}' });
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      problems.push({ key: 'err.mdx.handler', line, value: attrName });
      continue;
    }
    if (attr.value && typeof attr.value === 'object') {
      problems.push({ key: 'err.mdx.attrExpression', line, value: attrName });
      continue;
    }
    if (typeof attr.value === 'string' && isDangerousUrl(attr.value)) {
      problems.push({ key: 'err.mdx.url', line, value: attr.value.slice(0, 80) });
      continue;
    }
    if (allowed && !allowed.includes(attrName)) {
      problems.push({ key: 'err.mdx.unknownAttr', line, value: attrName, vars: { tag: name, known: allowed.join(', ') } });
    }
  }
}
