import type { Theme } from '../../scene/theme.ts';
import { CASTLE } from './castle.ts';
import { EVERYDAY } from './everyday.ts';
import { FAIR } from './fair.ts';
import { FARM } from './farm.ts';
import { FOREST } from './forest.ts';
import { GARDEN } from './garden.ts';
import { HALL } from './hall.ts';
import { HARBOUR } from './harbour.ts';
import { LIBRARY } from './library.ts';
import { MARKET } from './market.ts';
import { OBSERVATORY } from './observatory.ts';
import { OFFICE } from './office.ts';
import { SCHOOL } from './school.ts';
import { STATION } from './station.ts';
import { TAVERN } from './tavern.ts';
import { THEATRE } from './theatre.ts';
import { TOWN } from './town.ts';
import { WORKSHOP } from './workshop.ts';

/** Every theme a setting can call up by name (see scene/detect.ts). */
export const THEMES: readonly Theme[] = [
  EVERYDAY,
  GARDEN,
  LIBRARY,
  TOWN,
  HARBOUR,
  MARKET,
  CASTLE,
  FOREST,
  TAVERN,
  STATION,
  FARM,
  HALL,
  OFFICE,
  OBSERVATORY,
  FAIR,
  SCHOOL,
  WORKSHOP,
  THEATRE,
];

export { COMMON_BELONGINGS, COMMON_FOODS, EVERYDAY } from './everyday.ts';
export { GENERIC } from './generic.ts';
