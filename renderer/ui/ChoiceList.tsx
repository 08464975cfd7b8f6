import { memo } from 'react';
import type { Language, LocalizedText } from '../../preload/contract';
import { speak } from '../speech/speakable';

type Choice = { key: string; name: LocalizedText };

type Props = {
  choices: Choice[];
  multiple: boolean;
  selected: string[];
  language: Language;
  onChange: (selected: string[]) => void;
  disabled?: boolean;
};

/** Large toggle buttons: one pick for a single choice, any number for a multiple choice. */
export const ChoiceList = memo(function ChoiceList({
  choices,
  multiple,
  selected,
  language,
  onChange,
  disabled,
}: Props) {
  const toggle = (key: string) => {
    if (!multiple) return onChange([key]);
    // Keep the catalog's order, whatever order the citizen tapped in.
    const next = selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key];
    onChange(choices.map((c) => c.key).filter((k) => next.includes(k)));
  };
  return (
    <div className={`choices ${multiple ? 'choices-multiple' : 'choices-single'}`} role="group">
      {choices.map((choice) => {
        const on = selected.includes(choice.key);
        return (
          <button
            key={choice.key}
            type="button"
            className={`btn choice ${on ? 'is-selected' : ''}`}
            aria-pressed={on}
            data-testid={`choice-${choice.key}`}
            disabled={disabled}
            onClick={() => toggle(choice.key)}
          >
            <span className={`choice-mark ${multiple ? 'choice-mark-box' : 'choice-mark-dot'}`} aria-hidden="true">
              {on && (
                <svg viewBox="0 0 24 24">
                  <path
                    d="M5 12.5l4.5 4.5L19 7.5"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="3.5"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              )}
            </span>
            <span className="choice-label" {...speak()}>
              {choice.name[language]}
            </span>
          </button>
        );
      })}
    </div>
  );
});
