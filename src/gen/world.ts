// The generated world: for every province, who held each leading post and when, from 2010 to mid-2025.
// Single seats change hands every two to six years (a deputy is often promoted); shared seats (deputies)
// overlap. Namesakes: a few people share a full name with someone in another province. Built once per seed.
import { PROVINCES } from '../lexicon/places';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from './data';
import { Rng } from './rng';

export type PostId = 'UVTW' | 'BT' | 'PBTTT' | 'PBT' | 'CTHDND' | 'PCTHDND' | 'CTUBND' | 'PCTUBND' | 'CTMTTQ' | 'TBTC' | 'UVBTV' | 'GDKHDT';

export interface Person { id: number; name: string; female: boolean; province: string }
export interface Tenure { post: PostId; person: Person; from: string; to: string | null }
export interface ProvinceWorld { name: string; city: boolean; tenures: Tenure[] }
export interface World { seed: number; provinces: ProvinceWorld[]; people: Person[] }

export const START = '2010-01-01';
export const END = '2025-06-30';

/** A post's canonical name (the records' form) in a province. */
export function postName(post: PostId, p: { name: string; city: boolean }): string {
  const unit = p.city ? 'thành phố' : 'tỉnh';
  const party = p.city ? 'Thành ủy' : 'Tỉnh ủy';
  switch (post) {
    case 'UVTW': return 'Ủy viên Ban Chấp hành Trung ương Đảng';
    case 'BT': return `Bí thư ${party} ${p.name}`;
    case 'PBTTT': return `Phó Bí thư thường trực ${party} ${p.name}`;
    case 'PBT': return `Phó Bí thư ${party} ${p.name}`;
    case 'CTHDND': return `Chủ tịch HĐND ${unit} ${p.name}`;
    case 'PCTHDND': return `Phó Chủ tịch HĐND ${unit} ${p.name}`;
    case 'CTUBND': return `Chủ tịch UBND ${unit} ${p.name}`;
    case 'PCTUBND': return `Phó Chủ tịch UBND ${unit} ${p.name}`;
    case 'CTMTTQ': return `Chủ tịch Ủy ban MTTQ Việt Nam ${unit} ${p.name}`;
    case 'TBTC': return `Trưởng Ban Tổ chức ${party} ${p.name}`;
    case 'UVBTV': return `Ủy viên Ban Thường vụ ${party} ${p.name}`;
    case 'GDKHDT': return `Giám đốc Sở Kế hoạch và Đầu tư ${unit} ${p.name}`;
  }
}

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export function personName(rng: Rng, female: boolean): string {
  const family = rng.weighted(FAMILY);
  const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${family} ${middle} ${given}`;
}

export function buildWorld(seed: number): World {
  const rng = new Rng(seed);
  const people: Person[] = [];
  const names = new Map<string, Person>();
  const newPerson = (province: string): Person => {
    const female = rng.chance(0.2);
    let name = personName(rng, female);
    // a few namesakes across provinces, on purpose; none inside one province
    for (let tries = 0; names.has(name) && (names.get(name)!.province === province || !rng.chance(0.3)) && tries < 20; tries++) name = personName(rng, female);
    const p: Person = { id: people.length, name, female, province };
    people.push(p);
    if (!names.has(name)) names.set(name, p);
    return p;
  };

  const provinces = PROVINCES.map((pr) => {
    const tenures: Tenure[] = [];
    /** consecutive holders of a single seat; `promote` picks a successor among current holders of other posts */
    const seat = (post: PostId, promote: PostId[] = []) => {
      let d = addDays(START, -rng.int(0, 900));
      while (d < END) {
        const len = rng.int(2 * 365, 6 * 365);
        const to = addDays(d, len);
        const deputies = tenures.filter((t) => promote.includes(t.post) && t.from < d && (t.to === null || t.to > d));
        let person: Person;
        if (deputies.length && rng.chance(0.4)) {
          const promoted = rng.pick(deputies);
          promoted.to = d; // promoted: leaves the deputy's seat the day the new one begins
          person = promoted.person;
        } else person = newPerson(pr.name);
        tenures.push({ post, person, from: d, to: to >= END ? null : to });
        d = addDays(to, rng.chance(0.3) ? rng.int(1, 120) : 0);
      }
    };
    seat('CTUBND');
    seat('PBTTT');
    seat('BT', ['CTUBND', 'PBTTT']);
    // the standing deputy secretary usually chairs the People's Council: the same person, the same dates
    for (const t of tenures.filter((x) => x.post === 'PBTTT')) {
      if (rng.chance(0.7)) tenures.push({ post: 'CTHDND', person: t.person, from: t.from, to: t.to });
    }
    // the rest of the time the People's Council has a chairman of its own, up to the next standing deputy's term
    const council = () => tenures.filter((t) => t.post === 'CTHDND');
    let d = addDays(START, -rng.int(0, 600));
    while (d < END) {
      const current = council().find((t) => t.from <= d && (t.to === null || t.to > d));
      if (current) { if (current.to === null) break; d = current.to; continue; }
      const next = council().map((t) => t.from).filter((f) => f > d).sort()[0];
      let to = addDays(d, rng.int(2 * 365, 5 * 365));
      if (next && next < to) to = next;
      tenures.push({ post: 'CTHDND', person: newPerson(pr.name), from: d, to: to >= END ? null : to });
      d = to;
    }
    seat('CTMTTQ');
    seat('TBTC');
    seat('GDKHDT');
    // the Party secretary sits on the Central Committee, mostly; the chairman of the People's Committee is a deputy secretary
    for (const t of tenures.filter((x) => x.post === 'BT')) if (rng.chance(0.85)) tenures.push({ ...t, post: 'UVTW' });
    for (const t of tenures.filter((x) => x.post === 'CTUBND')) tenures.push({ ...t, post: 'PBT' });
    for (const t of tenures.filter((x) => x.post === 'TBTC')) tenures.push({ ...t, post: 'UVBTV' });
    // deputies: three seats side by side, each changing hands on its own
    for (const post of ['PCTUBND', 'PCTUBND', 'PCTUBND', 'PCTHDND'] as PostId[]) {
      let s = addDays(START, -rng.int(0, 1500));
      while (s < END) {
        const to = addDays(s, rng.int(3 * 365, 7 * 365));
        tenures.push({ post, person: newPerson(pr.name), from: s, to: to >= END ? null : to });
        s = addDays(to, rng.int(0, 60));
      }
    }
    tenures.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    return { name: pr.name, city: Boolean(pr.city), tenures };
  });
  return { seed, provinces, people };
}

/** Who holds a post on a day (for a shared post, everyone who does). */
export function holdersAt(p: ProvinceWorld, post: PostId, day: string): Person[] {
  return p.tenures.filter((t) => t.post === post && t.from <= day && (t.to === null || t.to > day)).map((t) => t.person);
}

/** A person's posts on a day, in the order an appositive list gives them. */
const ORDER: PostId[] = ['UVTW', 'UVBTV', 'PBTTT', 'PBT', 'BT', 'CTHDND', 'PCTHDND', 'CTUBND', 'PCTUBND', 'CTMTTQ', 'TBTC', 'GDKHDT'];
export function postsAt(p: ProvinceWorld, person: Person, day: string): PostId[] {
  const held = new Set(p.tenures.filter((t) => t.person === person && t.from <= day && (t.to === null || t.to > day)).map((t) => t.post));
  return ORDER.filter((x) => held.has(x));
}

/** The handovers of single seats: a new holder's first day, with whom they replaced. */
export function handovers(p: ProvinceWorld, post: PostId): Array<{ day: string; person: Person; replaces: Person | null }> {
  const ts = p.tenures.filter((t) => t.post === post).sort((a, b) => (a.from < b.from ? -1 : 1));
  return ts.map((t, i) => ({ day: t.from, person: t.person, replaces: i > 0 ? ts[i - 1]!.person : null }));
}
