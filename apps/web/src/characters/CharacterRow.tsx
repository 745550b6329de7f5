import { moodLabel } from '@ensemble/core';
import type { Character } from '@ensemble/sdk';
import { useState } from 'react';
import { OCTANT_COLOURS } from './mood-colours.ts';

export interface CharacterRowProps {
  character: Character;
  selected: boolean;
  onEdit(): void;
  /** Opens the character's panel (mood, relationships, memories, drift). */
  onOpen(): void;
  onDelete(): Promise<void>;
}

/** A character in the list: current mood and energy, with edit and a confirmed delete. */
export function CharacterRow({ character, selected, onEdit, onOpen, onDelete }: CharacterRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const label = moodLabel(character.mood);
  const energy = Math.round(character.energy * 100);
  const remove = async () => {
    setBusy(true);
    try {
      await onDelete();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <li className={`character-row${selected ? ' character-row--selected' : ''}`} data-character-id={character.id}>
      <span className="swatch" style={{ background: OCTANT_COLOURS[label.octant] }} aria-hidden="true" />
      <div className="character-row-text">
        <span className="character-row-name">
          <button
            type="button"
            className="link-button"
            onClick={onOpen}
            aria-label={`Show ${character.name}'s mood, relationships and memories`}
          >
            {character.name}
          </button>
          {!character.active && <span className="tag">inactive</span>}
        </span>
        <span className="character-row-meta">{label.text}</span>
        <span
          className="character-row-energy"
          role="meter"
          aria-label={`${character.name}'s energy`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={energy}
          aria-valuetext={`${energy}%`}
        >
          <span className="energy-track" aria-hidden="true">
            <span className="energy-fill" style={{ width: `${energy}%` }} />
          </span>
          <span className="energy-value">{energy}%</span>
        </span>
      </div>
      {confirming ? (
        <div className="character-row-actions" role="group" aria-label={`Delete ${character.name}?`}>
          <span className="confirm-text">Delete?</span>
          <button type="button" className="button button--danger button--small" onClick={remove} disabled={busy}>
            {busy ? 'Deleting…' : 'Delete'}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </div>
      ) : (
        <div className="character-row-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onEdit}
            aria-label={`Edit ${character.name}`}
            aria-pressed={selected}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${character.name}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
