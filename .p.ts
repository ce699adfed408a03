import { IntentModel } from './dialogs/understanding/intentModel';
import { understand } from './dialogs/understanding/understand';
import { heldOut } from './test/understanding/heldOut';
(async () => {
  const m = await IntentModel.train();
  console.log('trained ms', m.trainedInMs.toFixed(0));
  let ok = 0, top1 = 0;
  for (const [u, want] of heldOut) {
    const c = await m.classify(u);
    const r = await understand(u, m);
    const got = r.kind === 'start' ? r.flowId : r.kind === 'suggest' ? `?${r.flowIds.join(',')}` : r.kind;
    const good = want === null ? r.kind !== 'start' : r.kind === 'start' && r.flowId === want;
    if (good) ok++;
    if ((want === null && (c.outOfScope)) || (want !== null && c.ranked[0]?.flowId === want && !c.outOfScope)) top1++;
    if (!good) console.log('MISS', JSON.stringify(u), 'want', want, 'got', got, JSON.stringify(c.ranked.slice(0,3).map(x=>[x.flowId, +x.score.toFixed(2)])), c.outOfScope);
  }
  console.log('start-correct', ok, '/', heldOut.length, 'top1', top1);
})();
