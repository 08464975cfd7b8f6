import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Service } from '../../preload/contract';
import type { SessionEvent } from '../flow/session';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { EXAMPLE_CITIZENS, exampleAnswers } from './example-citizens';

/** Training mode, on a question: one tap fills every answer of the service with an example citizen's. */
export function ExampleCitizens({ service, send }: { service: Service; send: (event: SessionEvent) => void }) {
  const intl = useIntl();
  const [choosing, setChoosing] = useState(false);
  return (
    <>
      <Button testId="example-citizen" className="example-button" onClick={() => setChoosing(true)}>
        {intl.formatMessage({ id: 'training.example' })}
      </Button>
      {choosing && (
        <Dialog
          testId="example-citizens"
          message={intl.formatMessage({ id: 'training.exampleQuestion' })}
          actions={
            <>
              {EXAMPLE_CITIZENS.map((citizen, i) => (
                <Button
                  key={citizen.nik}
                  testId={`example-citizen-${i}`}
                  onClick={() => {
                    send({ type: 'FILL_EXAMPLE', ...exampleAnswers(service, citizen) });
                    setChoosing(false);
                  }}
                >
                  <span translate="no">{citizen.name}</span>
                </Button>
              ))}
              <Button variant="quiet" testId="example-citizens-close" onClick={() => setChoosing(false)}>
                {intl.formatMessage({ id: 'help.close' })}
              </Button>
            </>
          }
        />
      )}
    </>
  );
}
