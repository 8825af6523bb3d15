// The ES module example: load the wasm once, analyse a sentence, print the figures it found.
import init, { analyze } from '../pkg/khabar.js';

await init({ module_or_path: new URL('../pkg/khabar_bg.wasm', import.meta.url) });
const { figures, entities, nationalities } = analyze('تبلغ قدرة الخط 55 مليار متر مكعب سنويا من الغاز', undefined);
document.getElementById('module-result').textContent = JSON.stringify({ figures, entities, nationalities }, null, 2);
