/**
 * The checker's answers in the URL (/check/?kind=person&skillLevel=advanced…): a profile to URLSearchParams and
 * back. Reading is forgiving field by field: unknown keys and invalid values are dropped, each with a Chinese
 * notice, and the rest is kept. Each field's URL key, parser and written form come from its row in fields.ts (the
 * parsers ProfileSchema is built from), so the checker reads its URL in the browser without zod.
 */
import { PROFILE_FIELDS, fieldByUrlKey, profileFieldParsers, profileFieldTable } from './fields';
import { parseProfile } from './profile-parse';
import type { Profile, ProfileField } from './profile';
import { isAddedKey, unknownKeysMessage } from './link-keys';

/** At most this many keys are read from a URL. */
const MAX_KEYS = 64;

/** A remark about answers that were dropped: the field it concerns (null for a key no field has) and the sentence. */
export interface ProfileNotice {
  field: ProfileField | null;
  message: string;
}

/** A validated profile as URL parameters (only answered fields, in the form's order), each written as its row says. */
export function profileToSearchParams(profile: Profile): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of PROFILE_FIELDS) {
    const v = profile[field];
    if (v === undefined) continue;
    const write = profileFieldTable[field].write as (value: typeof v) => string;
    params.set(profileFieldTable[field].urlKey, write(v));
  }
  return params;
}

export interface ProfileFromSearchParams {
  /** The raw values that passed, by field (to fill a form). */
  values: Partial<Record<ProfileField, string>>;
  /** The validated profile, or null when `kind` is missing or invalid. */
  profile: Profile | null;
  /** What was dropped and why. */
  notices: ProfileNotice[];
  /**
   * Refused typed answers short and plain enough to be what a reader typed (“两个”, “一百万”): a form puts each back in
   * its field beside its message instead of dropping it. Never longer than KEPT_MAX_LENGTH, never with markup or
   * control characters, so a link cannot write its own sentence into a field. Each also has its notice.
   */
  kept: Partial<Record<ProfileField, string>>;
}

/** The longest refused typed answer kept for its field (a phone number fits; a sentence does not). */
export const KEPT_MAX_LENGTH = 12;

/** Whether a refused value may go back into its field: a typed question's, short, without markup or controls. */
function keepable(field: ProfileField, raw: string): boolean {
  return (
    profileFieldTable[field].input.kind === 'text' &&
    field !== 'asOf' &&
    raw.length <= KEPT_MAX_LENGTH &&
    !/[<>\p{C}]/u.test(raw)
  );
}

/** The notice for keys no field knows: counted, never quoted, so a link cannot put its own words on the page. */
export function unknownKeysNotice(count: number): ProfileNotice {
  return { field: null, message: unknownKeysMessage(count) };
}

/** A known field whose value could not be used: named by its label, with the parser's message (never the value). */
const invalid = (field: ProfileField, message: string): ProfileNotice => ({
  field,
  message: `链接中的“${profileFieldTable[field].label}”无效，已忽略：${message}`,
});

/**
 * URL parameters → a profile, read field by field. No notice repeats anything from the URL: keys that messengers and
 * analytics add (link-keys.ts) are passed over silently, other unknown keys are only counted, and a bad value is named
 * by its field's label with the parser's own message (which names the field, never the value).
 */
export function profileFromSearchParams(params: URLSearchParams): ProfileFromSearchParams {
  const values: Partial<Record<ProfileField, string>> = {};
  const kept: Partial<Record<ProfileField, string>> = {};
  const notices: ProfileNotice[] = [];
  const refuse = (field: ProfileField, raw: string, message: string) => {
    notices.push(invalid(field, message));
    if (keepable(field, raw)) kept[field] = raw;
  };
  try {
    const keys = [...new Set([...params.keys()])].filter((key) => !isAddedKey(key));
    const known = keys.slice(0, MAX_KEYS).flatMap((key) => {
      const field = fieldByUrlKey(key);
      return field === undefined ? [] : [{ key, field }];
    });
    const unknown = keys.length - known.length;
    if (unknown > 0) notices.push(unknownKeysNotice(unknown));
    for (const { key, field } of known) {
      const raw =
        profileFieldTable[field].input.kind === 'many' ? params.getAll(key).join(',') : (params.get(key) ?? '');
      const r = profileFieldParsers[field](raw);
      if (r.ok) values[field] = raw;
      else refuse(field, raw, r.message);
    }
    // cross-field checks (e.g. 一线支出 > 本年支出): drop the named field and try again
    for (let attempt = 0; attempt < 3; attempt++) {
      if (values.kind === undefined) return { values, profile: null, notices, kept };
      const r = parseProfile(values);
      if (r.ok) return { values, profile: r.value as Profile, notices, kept };
      for (const [field, message] of Object.entries(r.errors)) {
        const raw = values[field as ProfileField];
        if (raw === undefined) continue;
        delete values[field as ProfileField];
        refuse(field as ProfileField, raw, message);
      }
    }
    return { values, profile: null, notices, kept };
  } catch {
    return {
      values: {},
      profile: null,
      notices: [{ field: null, message: '链接中的内容无法读取，已全部忽略。' }],
      kept: {},
    };
  }
}
