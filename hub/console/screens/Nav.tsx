/** The screens a role may open, as links in the header; the current one is marked for screen readers. */
import type { Role } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { Message } from '../i18n/t';

export type ScreenName =
  'inbox' | 'complaints' | 'skm' | 'fleet' | 'catalog' | 'dashboard' | 'audit' | 'partners' | 'accounts';

const BY_ROLE: Record<Role, ScreenName[]> = {
  admin: ['inbox', 'complaints', 'dashboard', 'skm', 'fleet', 'catalog', 'partners', 'accounts', 'audit'],
  agent: ['inbox', 'complaints', 'dashboard', 'skm', 'fleet'],
  observer: ['inbox', 'complaints', 'dashboard', 'skm', 'fleet'],
};

export const screensFor = (role: Role): ScreenName[] => BY_ROLE[role];

export function Nav({ screens, current }: { screens: ScreenName[]; current: ScreenName }) {
  return (
    <nav aria-labelledby="nav-label">
      <span id="nav-label" hidden>
        <Message id="nav.label" />
      </span>
      <ul>
        {screens.map((name) => (
          <li key={name}>
            <a href={`#/${name}`} aria-current={name === current ? 'page' : undefined} data-testid={`nav-${name}`}>
              <Message id={`nav.${name}` as MessageId} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
