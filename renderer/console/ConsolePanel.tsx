import type { KioskApi, KioskInfo, Language, ServedCatalog } from '../../preload/contract';
import { AccountsPanel } from './AccountsPanel';
import { AuditPanel } from './AuditPanel';
import { DevicesPanel } from './DevicesPanel';
import { ExitPanel } from './ExitPanel';
import type { ConsoleSection } from './sections';
import { SettingsPanel } from './SettingsPanel';
import { SkmPanel } from './SkmPanel';
import { StatsPanel } from './StatsPanel';
import { SyncPanel } from './SyncPanel';
import { TrainingPanel } from './TrainingPanel';

type Props = {
  section: ConsoleSection;
  kiosk: KioskApi;
  catalog: ServedCatalog | null;
  info: KioskInfo | null;
  language: Language;
  onKioskChanged: () => void;
};

/** One screen of the operator console; loaded apart from the citizen's page (see StaffDesk). */
export default function ConsolePanel({ section, kiosk, catalog, info, language, onKioskChanged }: Props) {
  switch (section) {
    case 'devices':
      return <DevicesPanel />;
    case 'sync':
      return <SyncPanel />;
    case 'settings':
      return <SettingsPanel onKioskChanged={onKioskChanged} />;
    case 'stats':
      return <StatsPanel catalog={catalog} info={info} language={language} />;
    case 'skm':
      return <SkmPanel catalog={catalog} info={info} language={language} />;
    case 'audit':
      return <AuditPanel />;
    case 'accounts':
      return <AccountsPanel kiosk={kiosk} info={info} />;
    case 'training':
      return <TrainingPanel info={info} onKioskChanged={onKioskChanged} />;
    case 'exit':
      return <ExitPanel />;
  }
}
