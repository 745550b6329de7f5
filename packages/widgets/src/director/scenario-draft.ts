import { SCENARIO_LIMITS } from '@ensemble/sdk';
import { SCENARIO_MOODS, type ScenarioMood } from '../model/views.ts';

/** The director's request, in the shape of the SDK's `scenarios.start` input. */
export interface ScenarioDraft {
  title: string;
  setting: string;
  mood: ScenarioMood;
  objectives: string[];
  participantIds: string[];
  durationMinutes: number;
}

/** The form as typed: text fields are strings until validated. */
export interface DirectorForm {
  title: string;
  setting: string;
  mood: string;
  objectives: string[];
  participantIds: string[];
  durationMinutes: string;
}

/** The API's limits on a scenario (the engine's SCENARIO_LIMITS), checked here so mistakes show before sending. */
export const DIRECTOR_LIMITS = SCENARIO_LIMITS;

export type DirectorField = keyof DirectorForm;
export type DirectorErrors = Partial<Record<DirectorField, string>>;

/** A fresh form: calm mood, 30 minutes, nobody chosen. */
export function emptyForm(defaults: Partial<ScenarioDraft> = {}): DirectorForm {
  return {
    title: defaults.title ?? '',
    setting: defaults.setting ?? '',
    mood: defaults.mood ?? 'calm',
    objectives: defaults.objectives?.length ? [...defaults.objectives] : [''],
    participantIds: [...(defaults.participantIds ?? [])],
    durationMinutes: String(defaults.durationMinutes ?? 30),
  };
}

/** Checks the form; returns the draft to send, or a plain message per field that needs fixing. */
export function validateDirectorForm(form: DirectorForm): { draft: ScenarioDraft | null; errors: DirectorErrors } {
  const L = DIRECTOR_LIMITS;
  const errors: DirectorErrors = {};
  const title = form.title.trim();
  const setting = form.setting.trim();
  const objectives = form.objectives.map((o) => o.trim()).filter(Boolean);
  const participantIds = [...new Set(form.participantIds)];
  const duration = Number(form.durationMinutes);

  if (!title) errors.title = 'Give the scenario a title.';
  else if (title.length > L.titleMaxChars) errors.title = `Keep the title under ${L.titleMaxChars} characters.`;
  if (setting.length > L.settingMaxChars) errors.setting = `Keep the setting under ${L.settingMaxChars} characters.`;
  if (!(SCENARIO_MOODS as readonly string[]).includes(form.mood)) errors.mood = 'Choose a mood from the list.';
  if (objectives.length > L.objectivesMax) errors.objectives = `At most ${L.objectivesMax} objectives.`;
  else if (objectives.some((o) => o.length > L.objectiveMaxChars)) {
    errors.objectives = `Keep each objective under ${L.objectiveMaxChars} characters.`;
  }
  if (participantIds.length < L.participantsMin)
    errors.participantIds = `Choose at least ${L.participantsMin} characters.`;
  else if (participantIds.length > L.participantsMax)
    errors.participantIds = `Choose at most ${L.participantsMax} characters.`;
  if (form.durationMinutes.trim() === '' || !Number.isFinite(duration) || duration <= 0) {
    errors.durationMinutes = 'Enter a duration in minutes, more than 0.';
  } else if (duration > L.durationMinutesMax) {
    errors.durationMinutes = `At most ${L.durationMinutesMax} minutes (a year).`;
  }

  if (Object.keys(errors).length > 0) return { draft: null, errors };
  return {
    draft: { title, setting, mood: form.mood as ScenarioMood, objectives, participantIds, durationMinutes: duration },
    errors,
  };
}
