import type { Designation, Mention } from '../types/index.ts';
import { ALIAS_GROUPS } from './aliases.ts';
import { nameKey } from './nameKey.ts';
import { PLACE_NAMES } from './places.ts';
import { ORGANISATION_NAME } from './typeHints.ts';

type EntityType = Mention['type'];

/** One entity of the corpus with the forms it is written in and how articles designate it. */
export interface RegistryEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  designations: { article: string; text: string; start: number; end: number; loaded: boolean; how: Designation['how'] }[];
  /** Number of mentions in the corpus. */
  mentions: number;
}

interface State {
  entity: RegistryEntity;
  typeVotes: Record<EntityType, number>;
  formCounts: Record<string, number>;
}

const ALIAS_OF = new Map<string, string>();
for (const group of ALIAS_GROUPS) for (const form of group) ALIAS_OF.set(nameKey(form), nameKey(group[0]!));
const PLACES = new Set(PLACE_NAMES.map(nameKey));
const canonicalKey = (form: string): string => {
  const k = nameKey(form);
  return ALIAS_OF.get(k) ?? k;
};
const tokens = (key: string): string[] => key.split(' ');

/**
 * The entity registry: resolves mentions across articles into entities, incrementally. Names join by
 * their comparison key (accents, case and abbreviation dots folded; known aliases such as "EE.UU." =
 * "Estados Unidos"), and a one-word person name joins the person whose full name ends with it, first within
 * the article, then in the corpus when that is unambiguous. An entity's type is the majority of its mentions'
 * types, except that known country, region and capital names are always places, and names built on a media
 * or institution word ("Journal", "Agencia", "Asamblea") are organisations.
 */
export class EntityRegistry {
  private readonly byKey = new Map<string, State>();
  private readonly bySurname = new Map<string, Set<State>>();
  private readonly states: State[] = [];

  /**
   * Add one article's mentions and designations.
   * @param article the article id
   * @param mentions its entity mentions
   * @param designations its designations (each points at one of its mentions)
   * @returns the entity id of each mention, in the same order
   */
  add(article: string, mentions: readonly Mention[], designations: readonly Designation[] = []): string[] {
    // Within the article, a surname alone refers to the full name it ends (the full name may come later).
    const fullBySurname = new Map<string, string>();
    for (const m of mentions) {
      if (m.type !== 'PER') continue;
      const k = canonicalKey(m.text);
      const t = tokens(k);
      if (t.length > 1) fullBySurname.set(t.at(-1)!, fullBySurname.get(t.at(-1)!) ?? k);
    }
    const ids = mentions.map((m) => {
      let key = canonicalKey(m.text);
      if (!key) return '';
      if (m.type === 'PER' && tokens(key).length === 1) key = fullBySurname.get(key) ?? key;
      const st = this.resolve(key, m.type) ?? this.create(key, m.text, m.type);
      st.entity.mentions++;
      st.typeVotes[m.type]++;
      st.formCounts[m.text] = (st.formCounts[m.text] ?? 0) + 1;
      if (!st.entity.aliases.includes(m.text)) st.entity.aliases.push(m.text);
      this.byKey.set(key, st);
      // The surname alone now also names this person ("Maduro" tagged as another type elsewhere joins too).
      if (m.type === 'PER') this.byKey.set(canonicalKey(m.text), st);
      this.refresh(st);
      return st.entity.id;
    });
    for (const d of designations) {
      const id = ids[d.mention];
      const st = id ? this.states.find((s) => s.entity.id === id) : undefined;
      st?.entity.designations.push({ article, text: d.text, start: d.start, end: d.end, loaded: d.loaded.length > 0, how: d.how });
    }
    return ids;
  }

  private resolve(key: string, type: EntityType): State | undefined {
    const hit = this.byKey.get(key);
    if (hit) return hit;
    if (type !== 'PER') return undefined;
    const t = tokens(key);
    const cands = this.bySurname.get(t.at(-1)!);
    if (!cands || cands.size !== 1) return undefined;
    const only = [...cands][0]!;
    // A surname joins the one person with that surname; a full name joins a person so far known only by surname.
    if (t.length === 1) return only;
    return only.entity.aliases.every((a) => tokens(canonicalKey(a)).length === 1) ? only : undefined;
  }

  private create(key: string, form: string, type: EntityType): State {
    const st: State = {
      entity: { id: `ent-${slug(key)}`, name: form, type, aliases: [], designations: [], mentions: 0 },
      typeVotes: { PER: 0, ORG: 0, LOC: 0, MISC: 0 },
      formCounts: {},
    };
    let id = st.entity.id, n = 1;
    while (this.states.some((s) => s.entity.id === id)) id = `${st.entity.id}-${++n}`;
    st.entity.id = id;
    this.states.push(st);
    this.byKey.set(key, st);
    if (type === 'PER') {
      const t = tokens(key);
      const set = this.bySurname.get(t.at(-1)!) ?? new Set<State>();
      set.add(st);
      this.bySurname.set(t.at(-1)!, set);
    }
    return st;
  }

  private refresh(st: State): void {
    const v = st.typeVotes;
    let best: EntityType = 'MISC';
    for (const t of ['PER', 'ORG', 'LOC', 'MISC'] as const) if (v[t] > v[best]) best = t;
    if (st.entity.aliases.some((a) => PLACES.has(canonicalKey(a)))) best = 'LOC';
    else if (best !== 'PER' && st.entity.aliases.some((a) => ORGANISATION_NAME.test(a))) best = 'ORG';
    st.entity.type = best;
    // Name: the most frequent multi-word form, else the most frequent form; ties go to the first seen.
    let name = st.entity.name, score = -1;
    for (const [form, c] of Object.entries(st.formCounts)) {
      const s = c + (form.includes(' ') ? 1000 : 0);
      if (s > score) (name = form), (score = s);
    }
    const group = ALIAS_GROUPS.find((g) => g.some((f) => nameKey(f) === nameKey(name)));
    st.entity.name = group && st.entity.aliases.some((a) => nameKey(a) === nameKey(group[0]!)) ? group[0]! : name;
  }

  /** Every entity, most mentioned first. */
  entities(): RegistryEntity[] {
    return this.states.map((s) => s.entity).sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  }

  /** Serialisable state, so the store can persist the registry and restore it without recomputation. */
  toJSON(): { states: State[] } {
    return { states: this.states };
  }

  /** Restore a registry from {@link toJSON}. */
  static fromJSON(json: { states: State[] }): EntityRegistry {
    const r = new EntityRegistry();
    for (const st of json.states) {
      r.states.push(st);
      for (const a of st.entity.aliases) r.byKey.set(canonicalKey(a), st);
      if (st.entity.type === 'PER' || st.typeVotes.PER > 0) {
        for (const a of st.entity.aliases) {
          const t = tokens(canonicalKey(a));
          if (t.length < 2) continue;
          const set = r.bySurname.get(t.at(-1)!) ?? new Set<State>();
          set.add(st);
          r.bySurname.set(t.at(-1)!, set);
        }
      }
    }
    return r;
  }
}

function slug(key: string): string {
  return key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';
}
