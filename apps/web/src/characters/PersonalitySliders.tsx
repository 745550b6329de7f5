import { BIG_FIVE_TRAITS, type BigFive } from '@ensemble/core';
import { useId } from 'react';
import { TRAIT_WORDS } from './traits.ts';

export interface PersonalitySlidersProps {
  value: BigFive;
  onChange(next: BigFive): void;
}

/** One slider per Big Five trait (0–100 %), each labelled with what its two ends mean. */
export function PersonalitySliders({ value, onChange }: PersonalitySlidersProps) {
  const base = useId();
  return (
    <fieldset className="sliders">
      <legend>Personality</legend>
      {BIG_FIVE_TRAITS.map((trait) => {
        const words = TRAIT_WORDS[trait];
        const id = `${base}-${trait}`;
        const percent = Math.round(value[trait] * 100);
        return (
          <div className="slider" key={trait}>
            <div className="slider-head">
              <label htmlFor={id}>{words.name}</label>
              <output htmlFor={id} className="slider-value">
                {percent}
              </output>
            </div>
            <input
              id={id}
              type="range"
              min={0}
              max={100}
              step={1}
              value={percent}
              aria-valuetext={`${percent} of 100: ${percent < 40 ? words.low : percent > 60 ? words.high : 'in between'}`}
              onChange={(e) => onChange({ ...value, [trait]: Number(e.target.value) / 100 })}
            />
            <div className="slider-ends" aria-hidden="true">
              <span>{words.low}</span>
              <span>{words.high}</span>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
