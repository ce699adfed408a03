import { decide, InvalidAnswersError, settingsProblems } from '../../rules';
import { scenarioAnswers } from '../support/scenarios';

const ids = (settings: Record<string, unknown>) => settingsProblems(settings).map((p) => p.questionId);

describe('area settings are checked, never silently ignored', () => {
  test('the defaults and valid overrides pass', () => {
    expect(settingsProblems({})).toEqual([]);
    expect(settingsProblems({ mappa: { category4: 'off' }, remand: { officeCloses: '17:30', teamNames: { yos: 'Youth Justice Service' } }, procedureUrls: {}, office: {} })).toEqual([]);
  });

  test.each([
    [{ mappa: { category4: 'maybe' } }, 'settings.mappa.category4'],
    [{ remand: { officeOpens: '9am' } }, 'settings.remand.officeOpens'],
    [{ remand: { teamNames: { yos: '' } } }, 'settings.remand.teamNames.yos'],
    [{ marac: { areas: [{ value: 'atlantis', label: 'Atlantis' }] } }, 'settings.marac.areas.0.value'],
    [{ rtc: { anything: 1 } }, 'settings.rtc'],
    [{ mapa: { category4: 'off' } }, 'settings.mapa'],
  ])('%j is refused as %s', (settings, id) => {
    expect(ids(settings)).toContain(id);
  });

  test('decide refuses a bad setting by name instead of deciding on a default', () => {
    const answers = scenarioAnswers('mappa', 'mappa-20');
    try {
      decide('mappa', answers, { now: new Date('2026-12-01T10:00:00Z'), settings: { mappa: { category4: 'of' } } });
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(InvalidAnswersError);
      expect((err as InvalidAnswersError).problems.map((p) => p.questionId)).toEqual(['settings.mappa.category4']);
    }
  });
});
