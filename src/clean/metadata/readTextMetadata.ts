import type { Dateline, Evidenced, Published, RemovalReason } from '../../types/index.ts';
import { findAgency } from './findAgency.ts';
import { lineShapes } from './lineShapes.ts';
import { isoDate, isValidDate, monthNumber, parseDate } from './parseDate.ts';
import {
  AGENCY_SIGNOFF,
  BYLINE,
  DATELINE,
  LEADING_WEEKDAY,
  NON_PUBLICATION_LABEL,
  OUTLET_FOOTERS,
  OUTLET_SIGNOFF,
  OUTLET_WORDS,
  PUBLISHED_LABEL,
} from './patterns.ts';

/** Metadata read from the lines of a text page, each with its evidence. */
export interface TextMetadata {
  title: Evidenced<string> | null;
  byline: Evidenced<string> | null;
  published: Published;
  dateline: Dateline | null;
  agency: Evidenced<string> | null;
  outlet: Evidenced<string> | null;
  /** Lines that gave metadata and must not stay in the body, with the reason. */
  consumed: Map<number, RemovalReason>;
}

/** Inputs to {@link readTextMetadata}. */
export interface TextMetadataInput {
  /** All lines of the page. */
  lines: readonly string[];
  /** Whether boilerplate removal kept each line as body. */
  keep: readonly boolean[];
  /** Read ambiguous numeric dates day-first (04/11/2025 = 4 November). */
  dayFirst: boolean;
  /** A publication date already known from outside the text (metadata token, HTML, record). */
  knownPublished?: Published | null;
}

/** How far above the first body line the article header (title, byline, date) may start. */
const HEADER_LOOKBACK = 20;
const clip = (s: string, n = 200): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).trim();

function nonBlankAbove(lines: readonly string[], from: number, count: number, stop = 0): number[] {
  const out: number[] = [];
  for (let i = from - 1; i >= stop && out.length < count; i--) if (!lineShapes.blank(lines[i]!)) out.push(i);
  return out;
}

function findTitle(lines: readonly string[], keep: readonly boolean[], firstBody: number): number {
  if (firstBody < 0) return -1;
  const windowStart = Math.max(0, firstBody - HEADER_LOOKBACK);
  // Anchor on a byline or a date line between the header and the body: the title sits just above it.
  for (let i = firstBody - 1; i >= windowStart; i--) {
    const t = lines[i]!;
    if (lineShapes.byline(t) || lineShapes.dateOnly(t) || PUBLISHED_LABEL.test(t)) {
      let j = i;
      while (j > 0 && i - j < 6 && (lineShapes.byline(lines[j]!) || lineShapes.dateOnly(lines[j]!) || PUBLISHED_LABEL.test(lines[j]!) || lineShapes.blank(lines[j]!))) j--;
      if (lineShapes.headline(lines[j]!)) return j;
    }
  }
  // Otherwise: the line just above the body, or the body's first line when it reads as a headline over body text.
  const above = nonBlankAbove(lines, firstBody, 1, windowStart)[0];
  if (above !== undefined && lineShapes.headline(lines[above]!) && above === firstNonBlank(lines)) return above;
  if (lineShapes.headline(lines[firstBody]!)) {
    const next = nextKept(keep, lines, firstBody);
    if (next >= 0 && !lineShapes.headline(lines[next]!) && lines[next]!.trim().length > 80) return firstBody;
  }
  return -1;
}

function firstNonBlank(lines: readonly string[]): number {
  return lines.findIndex((l) => !lineShapes.blank(l));
}

function nextKept(keep: readonly boolean[], lines: readonly string[], i: number): number {
  for (let j = i + 1; j < keep.length; j++) if (keep[j] && !lineShapes.blank(lines[j]!)) return j;
  return -1;
}

function findPublished(
  lines: readonly string[],
  firstBody: number,
  titleIdx: number,
  dayFirst: boolean,
): { published: Published; index: number } | null {
  if (firstBody < 0) return null;
  const start = titleIdx >= 0 ? titleIdx + 1 : Math.max(0, firstBody - 4);
  for (let i = start; i < firstBody; i++) {
    const line = lines[i]!;
    if (NON_PUBLICATION_LABEL.test(line)) continue;
    const labelled = PUBLISHED_LABEL.test(line);
    if (!lineShapes.dateOnly(line) && !labelled && !lineShapes.byline(line)) continue;
    // A weekday-led date above the title is the page's render date, not the article's.
    if (titleIdx < 0 && LEADING_WEEKDAY.test(line) && i < firstBody - 2) continue;
    let found = parseDate(line, dayFirst);
    let evidence = line.trim();
    if (!found && labelled) {
      const next = lines.slice(i + 1, firstBody).findIndex((l) => !lineShapes.blank(l));
      const j = next >= 0 ? i + 1 + next : -1;
      if (j >= 0 && lineShapes.dateOnly(lines[j]!)) {
        found = parseDate(lines[j]!, dayFirst);
        evidence = `${line.trim()} ${lines[j]!.trim()}`;
      }
    }
    if (found) return { published: { value: found.iso, evidence: clip(evidence), inferred: false }, index: i };
  }
  // "Publicado el 4 de noviembre de 2025" may also close the article.
  for (let i = lines.length - 1; i > firstBody; i--) {
    const line = lines[i]!;
    if (PUBLISHED_LABEL.test(line)) {
      const found = parseDate(line, dayFirst);
      if (found) return { published: { value: found.iso, evidence: clip(line), inferred: false }, index: i };
    }
  }
  return null;
}

function resolveDatelineDate(d: number, m: number, y: number | null, published: string | null): string | null {
  if (y !== null) return isValidDate(y, m, d) ? isoDate(y, m, d) : null;
  if (!published) return null;
  const py = Number(published.slice(0, 4));
  const limit = Date.parse(`${published.slice(0, 10)}T00:00:00Z`) + 2 * 86_400_000;
  for (const year of [py, py - 1]) {
    if (!isValidDate(year, m, d)) continue;
    if (Date.parse(`${isoDate(year, m, d)}T00:00:00Z`) <= limit) return isoDate(year, m, d);
  }
  return null;
}

function findDateline(lines: readonly string[], keep: readonly boolean[], firstBody: number, published: string | null): Dateline | null {
  let seen = 0;
  for (let i = Math.max(firstBody, 0); i < lines.length && seen < 3; i++) {
    if (!keep[i] || lineShapes.blank(lines[i]!)) continue;
    seen++;
    const m = DATELINE.exec(lines[i]!.trimStart());
    if (!m?.groups) continue;
    const g = m.groups;
    const dayStr = g.d1 ?? g.d2;
    const month = monthNumber(g.m1 ?? g.m2 ?? '');
    const date = dayStr && month ? resolveDatelineDate(Number(dayStr), month, g.y ? Number(g.y) : null, published) : null;
    return {
      place: g.place?.trim().replace(/\s*\(.*\)$/u, '') || null,
      date,
      agency: findAgency(g.agency ?? ''),
      text: g.text!.trim(),
    };
  }
  return null;
}

function findOutlet(lines: readonly string[], keep: readonly boolean[], consumed: Map<number, RemovalReason>): Evidenced<string> | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.length > 600) continue;
    for (const re of OUTLET_FOOTERS) {
      const name = re.exec(line)?.groups?.outlet?.trim();
      if (name && name.split(/\s+/).length <= 6 && !findAgency(name)) {
        consumed.set(i, 'footer');
        return { value: name, evidence: `footer line: '${clip(line, 120)}'` };
      }
    }
  }
  const last = lines.findLastIndex((l) => !lineShapes.blank(l));
  if (last >= 0) {
    const name = OUTLET_SIGNOFF.exec(lines[last]!)?.groups?.outlet?.trim();
    if (name && !findAgency(name)) {
      consumed.set(last, 'outlet-signature');
      return { value: name, evidence: `closing line '${lines[last]!.trim()}'` };
    }
  }
  // A site header: a short title-case name with a newspaper word, repeated in the page chrome.
  const counts = new Map<string, { n: number; first: number }>();
  lines.forEach((raw, i) => {
    if (keep[i] || lineShapes.bullet(raw)) return;
    const t = raw.trim();
    const words = t.split(/\s+/u);
    if (words.length < 2 || words.length > 6 || t.length > 50) return;
    if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:de|del|la|las|el|los|y|of|the|and|da|do|di|du|le|des)$/iu.test(w))) return;
    if (!OUTLET_WORDS.test(t)) return;
    const c = counts.get(t);
    if (c) c.n++;
    else counts.set(t, { n: 1, first: i });
  });
  let best: [string, { n: number; first: number }] | null = null;
  for (const e of counts) if (e[1].n >= 2 && (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first))) best = e;
  return best ? { value: best[0], evidence: `site header line '${best[0]}' (${best[1].n} times on the page)` } : null;
}

/**
 * Read title, byline, publication date, dateline, agency and outlet from the lines of a scraped page.
 * Positional rules: the publication date sits in the article header (after the title, before the body),
 * never in the page's header chrome (render date) nor in related-link blocks after the body.
 * Unknown fields stay null; no date is ever guessed.
 * @param input lines, the body/boilerplate verdict of each, date order, and any date known from outside
 */
export function readTextMetadata(input: TextMetadataInput): TextMetadata {
  const { lines, keep, dayFirst } = input;
  const consumed = new Map<number, RemovalReason>();
  const firstBody = keep.findIndex((k, i) => k && !lineShapes.blank(lines[i]!));

  const titleIdx = findTitle(lines, keep, firstBody);
  const title = titleIdx >= 0 ? { value: lines[titleIdx]!.trim(), evidence: `headline line ${titleIdx + 1}` } : null;
  if (titleIdx >= 0) consumed.set(titleIdx, 'title');

  let byline: Evidenced<string> | null = null;
  let bylineAgency: Evidenced<string> | null = null;
  const headerStart = titleIdx >= 0 ? titleIdx + 1 : Math.max(0, firstBody - 4);
  for (let i = headerStart; i < firstBody; i++) {
    const line = lines[i]!;
    if (!lineShapes.byline(line)) continue;
    const who = BYLINE.exec(line)!.groups!.who!.trim();
    byline = { value: who, evidence: line.trim() };
    consumed.set(i, 'byline');
    const agency = findAgency(who);
    if (agency) bylineAgency = { value: agency, evidence: `byline '${line.trim()}'` };
    break;
  }

  let published: Published = input.knownPublished ?? { value: null, evidence: null, inferred: false };
  const fromText = findPublished(lines, firstBody, titleIdx, dayFirst);
  if (fromText) {
    consumed.set(fromText.index, consumed.get(fromText.index) ?? 'date-only');
    if (!published.value) published = fromText.published;
  }
  // A label with nothing after it ("Publicado el") is dropped, and tells nothing.
  for (let i = Math.max(0, headerStart); i < firstBody; i++) if (PUBLISHED_LABEL.test(lines[i]!) && !consumed.has(i)) consumed.set(i, 'date-only');

  const dateline = findDateline(lines, keep, firstBody, published.value);

  let agency: Evidenced<string> | null = null;
  if (dateline?.agency) agency = { value: dateline.agency, evidence: `dateline '${dateline.text}'` };
  else if (bylineAgency) agency = bylineAgency;
  else {
    const last = lines.findLastIndex((l) => !lineShapes.blank(l));
    const sign = last >= 0 ? AGENCY_SIGNOFF.exec(lines[last]!)?.groups?.agency : undefined;
    if (sign) {
      agency = { value: findAgency(sign) ?? sign, evidence: `closing line '${lines[last]!.trim()}'` };
      consumed.set(last, 'outlet-signature');
    }
  }

  const outlet = findOutlet(lines, keep, consumed);
  return { title, byline, published, dateline, agency, outlet, consumed };
}
