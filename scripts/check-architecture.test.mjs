import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkArchitecture, checkSpa, importsOf } from './check-architecture.mjs';

const check = (files) => checkArchitecture(new Map(Object.entries(files)));

test('reads static, type-only, re-exported and dynamic imports', () => {
  const source = [
    "import { A } from './a.js';",
    "import type { B } from '../b/index.js';",
    "export { C } from './c.js';",
    "const d = await import('./d.js');",
    "import 'reflect-metadata';",
  ].join('\n');
  assert.deepEqual(importsOf(source), ['./a.js', '../b/index.js', './c.js', './d.js']);
});

test('a clean layout passes', () => {
  assert.deepEqual(
    check({
      'app.module.ts': "import { BookingModule } from './booking/booking.module.js';",
      'booking/booking.service.ts': "import { PaymentService } from '../payment/index.js';",
      'payment/index.ts': "export { PaymentService } from './payment.service.js';",
      'payment/payment.service.ts': "import { NotFoundError } from '../common/errors.js';",
      'common/errors.ts': '',
    }),
    [],
  );
});

test('names each broken rule', () => {
  const problems = check({
    'common/core.module.ts': "import { OutboxService } from '../outbox/outbox.service.js';",
    'outbox/outbox.service.ts': "import { UnitOfWork } from '../common/unit-of-work.js';",
    'common/unit-of-work.ts': '',
    'booking/booking.service.ts':
      "import { PaymentEntity } from '../payment/payment.entities.js';\nimport { x } from '../database/data-source.js';",
    'payment/payment.entities.ts': "import { BookingEntity } from '../booking/index.js';",
    'payment/index.ts': '',
    'booking/index.ts': "import { n } from '../notification/index.js';",
    'notification/index.ts': '',
    'database/data-source.ts': "import { PaymentEntity } from '../payment/payment.entities.js';",
  });
  const expected = [
    /booking\/booking\.service\.ts imports '\.\.\/payment\/payment\.entities\.js': import the feature payment\/ through 'payment\/index\.js' only/,
    /booking\/booking\.service\.ts imports '\.\.\/database\/data-source\.js': database\/ assembles the application/,
    /booking\/index\.ts imports '\.\.\/notification\/index\.js': nothing imports notification\//,
    /common\/core\.module\.ts imports '\.\.\/outbox\/outbox\.service\.js': common\/ is a floor/,
    /payment\/payment\.entities\.ts imports '\.\.\/booking\/index\.js': payment\/ must not import booking\//,
    /Import loop between folders booking\/, payment\//,
    /Import loop between folders common\/, outbox\//,
  ];
  for (const pattern of expected) {
    assert.ok(
      problems.some((p) => pattern.test(p)),
      `expected ${pattern}, got:\n${problems.join('\n')}`,
    );
  }
  assert.equal(problems.length, expected.length, problems.join('\n'));
});

test('a loop between files of a floor is refused', () => {
  const problems = check({
    'common/errors.ts': "import { t } from './input/messages.js';",
    'common/input/messages.ts': "import type { FieldProblem } from '../errors.js';",
  });
  assert.deepEqual(problems, [
    'Import loop between files of a floor: common/errors.ts → common/input/messages.ts',
  ]);
});

test('in an app, a feature importing another feature or shared/ importing a feature is refused', () => {
  const files = new Map([
    ['app/router.tsx', "const m = await import('../features/agenda');"],
    [
      'features/agenda/AgendaPage.tsx',
      "import { money } from '../../shared/money';\nimport { X } from './x';",
    ],
    ['features/agenda/x.ts', 'export const X = 1;'],
    ['features/till/TillPage.tsx', "import { AgendaPage } from '../agenda';"],
    ['shared/money.ts', "import { theme } from '../app/theme';"],
    ['testing/render.tsx', "import { theme } from '../app/theme';"],
  ]);
  assert.deepEqual(checkSpa(files), [
    "features/till/TillPage.tsx imports '../agenda': a feature never imports another; move what both need to shared/.",
    "shared/money.ts imports '../app/theme': shared/ imports neither a feature nor app/.",
  ]);
});
