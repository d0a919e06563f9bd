/**
 * A shared link's query read for the checker (profileFromSearchParams): nothing from the URL reaches a notice. Unknown keys
 * are counted, known fields are named by their Chinese labels, and the keys messengers and analytics add are passed
 * over silently.
 */
import { describe, expect, it } from 'vitest';
import {
  ADDED_LINK_KEYS,
  PROFILE_FIELDS,
  isAddedKey,
  profileFromSearchParams,
  profileQuestionLabels,
  unknownKeysNotice,
} from '../../src/rules';
import { HOSTILE_TEXTS } from '../hostile-link';

describe('profileFromSearchParams', () => {
  it('counts unknown keys and quotes none of them', () => {
    const params = new URLSearchParams();
    params.set('kind', 'person');
    for (const [i, text] of HOSTILE_TEXTS.entries()) params.set(text, text + String(i));
    const r = profileFromSearchParams(params);
    expect(r.notices).toEqual([unknownKeysNotice(HOSTILE_TEXTS.length)]);
    expect(r.notices[0]?.message).toBe('链接中有 5 项无法识别的内容，已忽略。');
    expect(r.profile).toEqual({ kind: 'person' });
  });

  it('names a bad value by its field’s Chinese label, never its key or value', () => {
    for (const text of HOSTILE_TEXTS) {
      const r = profileFromSearchParams(new URLSearchParams({ kind: 'person', skillLevel: text, asOf: text }));
      const all = r.notices.map((n) => n.message).join('\n');
      expect(all).toContain(`“${profileQuestionLabels.skillLevel}”`);
      expect(all).toContain(`“${profileQuestionLabels.asOf}”`);
      expect(all).not.toMatch(/skillLevel|asOf/);
      for (const t of HOSTILE_TEXTS) expect(all).not.toContain(t.slice(0, 12));
      expect(r.values).toEqual({ kind: 'person' });
    }
  });

  it('a cross-field error is named by its label too', () => {
    const r = profileFromSearchParams(
      new URLSearchParams({
        kind: 'organisation',
        organisationType: 'enterprise',
        educationSpending: '100',
        frontlineSpending: '200',
      }),
    );
    expect(r.notices.map((n) => n.message)).toEqual([
      `链接中的“${profileQuestionLabels.frontlineSpending}”无效，已忽略：用于一线职工培训的支出不能大于本年职工教育经费支出`,
    ]);
    expect(r.values.frontlineSpending).toBeUndefined();
    expect(r.values.educationSpending).toBe('100');
  });

  it('ignores what WeChat, analytics and share sheets add, without a notice', () => {
    const r = profileFromSearchParams(
      new URLSearchParams(
        'kind=person&skillLevel=technician&from=singlemessage&isappinstalled=0&nsukey=abc%3D&scene=1&clicktime=1700000000&enterid=1700000000&utm_source=wechat&UTM_Medium=x&spm=a.b.c&spm_id_from=333',
      ),
    );
    expect(r.notices).toEqual([]);
    expect(r.profile).toEqual({ kind: 'person', skillLevel: 'technician' });
  });

  it('no profile field is a key that messengers add', () => {
    for (const field of PROFILE_FIELDS) expect(isAddedKey(field)).toBe(false);
    for (const key of ADDED_LINK_KEYS) expect(isAddedKey(key.toUpperCase())).toBe(true);
  });
});
