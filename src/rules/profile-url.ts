/**
 * The checker's answers in the URL (/check/?kind=person&skillLevel=advanced…): a profile to URLSearchParams and
 * back. Reading is forgiving field by field: unknown keys and invalid values are dropped, each with a Chinese
 * notice, and the rest is kept. Read with the profile's own field parsers (profile-parse.ts), the fields ProfileSchema
 * is built from, so the checker reads its URL in the browser without zod.
 */
import { PROFILE_FIELDS, parseProfile, profileFieldParsers } from './profile-parse';
import type { Profile, ProfileField } from './profile';
import { profileQuestionLabels } from './profile-fields';
import { isAddedKey } from './link-keys';

/** The fields that hold money (fen in the profile, yuan in the URL). */
export const MONEY_FIELDS: readonly ProfileField[] = ['wages', 'educationSpending', 'frontlineSpending', 'carriedOver'];
/** At most this many keys are read from a URL. */
const MAX_KEYS = 64;

/** Fen → the yuan string the money fields accept: 123456 → "1234.56", 100 → "1". */
function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`;
}

/** A validated profile as URL parameters (only answered fields, in the form's order). */
export function profileToSearchParams(profile: Profile): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of PROFILE_FIELDS) {
    const v = profile[field];
    if (v === undefined) continue;
    if (MONEY_FIELDS.includes(field) && typeof v === 'number') params.set(field, fenToYuanText(v));
    else if (typeof v === 'boolean') params.set(field, v ? 'yes' : 'no');
    else if (Array.isArray(v)) params.set(field, v.join(','));
    else params.set(field, String(v));
  }
  return params;
}

export interface ProfileFromSearchParams {
  /** The raw values that passed, by field (to fill a form). */
  values: Partial<Record<ProfileField, string>>;
  /** The validated profile, or null when `kind` is missing or invalid. */
  profile: Profile | null;
  /** What was dropped and why, in Chinese. */
  notices: string[];
}

/** URL parameters → a profile; unknown keys and invalid values are dropped field by field with a notice. */
export function profileFromSearchParams(params: URLSearchParams): ProfileFromSearchParams {
  const values: Partial<Record<ProfileField, string>> = {};
  const notices: string[] = [];
  try {
    const keys = [...new Set([...params.keys()])].slice(0, MAX_KEYS);
    for (const key of keys) {
      if (!(PROFILE_FIELDS as readonly string[]).includes(key)) {
        notices.push(`网址中的参数“${key.slice(0, 40)}”无法识别，已忽略。`);
        continue;
      }
      const field = key as ProfileField;
      const raw = field === 'honours' ? params.getAll(key).join(',') : (params.get(key) ?? '');
      const r = profileFieldParsers[field](raw);
      if (r.ok) values[field] = raw;
      else notices.push(`网址中的“${field}”无效，已忽略：${r.message}`);
    }
    // cross-field checks (e.g. 一线支出 > 本年支出): drop the named field and try again
    for (let attempt = 0; attempt < 3; attempt++) {
      if (values.kind === undefined) return { values, profile: null, notices };
      const r = parseProfile(values);
      if (r.ok) return { values, profile: r.value as Profile, notices };
      for (const [field, message] of Object.entries(r.errors)) {
        delete values[field as ProfileField];
        notices.push(`网址中的“${field}”无效，已忽略：${message}`);
      }
    }
    return { values, profile: null, notices };
  } catch {
    return { values: {}, profile: null, notices: ['网址中的参数无法读取，已全部忽略。'] };
  }
}

/** The notice for keys no field knows: counted, never quoted, so a link cannot put its own words on the page. */
export function unknownKeysNotice(count: number): string {
  return `链接中有 ${count} 项无法识别的内容，已忽略。`;
}

/** The notice for a known field whose value could not be used: named by its question, never by its key or value. */
function invalidFieldNotice(field: ProfileField, message: string): string {
  return `链接中的“${profileQuestionLabels[field]}”无效，已忽略：${message}`;
}

/**
 * A shared link's query → the answers, for a page that shows what it ignored. Unlike profileFromSearchParams, no
 * notice repeats anything from the URL: keys messengers and analytics add (link-keys.ts) are passed over silently,
 * other unknown keys are only counted, and a bad value is named by its field's Chinese label with the parser's own
 * message (which names the field, never the value).
 */
export function profileFromLink(params: URLSearchParams): ProfileFromSearchParams {
  const values: Partial<Record<ProfileField, string>> = {};
  const notices: string[] = [];
  try {
    const keys = [...new Set([...params.keys()])].filter((key) => !isAddedKey(key));
    const known = keys.filter((key): key is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(key));
    const unknown = keys.length - known.length;
    if (unknown > 0) notices.push(unknownKeysNotice(unknown));
    for (const field of known) {
      const raw = field === 'honours' ? params.getAll(field).join(',') : (params.get(field) ?? '');
      const r = profileFieldParsers[field](raw);
      if (r.ok) values[field] = raw;
      else notices.push(invalidFieldNotice(field, r.message));
    }
    // cross-field checks (e.g. 一线支出 > 本年支出): drop the named field and try again
    for (let attempt = 0; attempt < 3; attempt++) {
      if (values.kind === undefined) return { values, profile: null, notices };
      const r = parseProfile(values);
      if (r.ok) return { values, profile: r.value as Profile, notices };
      for (const [field, message] of Object.entries(r.errors)) {
        if (!(field in values)) continue;
        delete values[field as ProfileField];
        notices.push(invalidFieldNotice(field as ProfileField, message));
      }
    }
    return { values, profile: null, notices };
  } catch {
    return { values: {}, profile: null, notices: ['链接中的内容无法读取，已全部忽略。'] };
  }
}
