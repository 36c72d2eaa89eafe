/** 九、其他重要事项 (机关运行经费, 政府采购, 国有资产, 绩效目标), 十、名词解释 and the signature. */
import {self, selfPlain, type DocCtx} from "./context.ts";
import {abs, dec, pctOf} from "./money.ts";
import {h1, h2, policyReason} from "./phrases.ts";

function operatingCost(c: DocCtx): string {
  const {w, d, year} = c;
  const spec = {key: "operating_cost", label: "机关运行经费财政拨款预算"};
  const lead = `${self(c)}${year}年机关运行经费财政拨款预算为${w.money(spec, d.operatingCost)}`;
  if (c.flags.noChange?.includes("operating_cost")) return `${lead}。`;
  const delta = w.delta(spec, d.operatingCost - c.pd.operatingCost);
  w.change(spec, year - 1, delta, d.operatingCost);
  if (delta === 0n) return `${lead}，与上年持平。`;
  const prior = d.operatingCost - delta;
  const verb = delta > 0n ? "增加" : "减少";
  const pct = prior > 0n ? `，${verb}${w.num(pctOf(abs(delta), prior))}%` : "";
  const why = c.flags.dropReason === "operating_cost" ? "" : policyReason(c.rng, delta > 0n);
  return `${lead}，比${year - 1}年预算${verb}${w.num(dec(abs(delta)))}万元${pct}${why}。`;
}

export function renderOther(c: DocCtx): string[] {
  const {w, d, m, year} = c;
  const col = w.style.colon;
  const out = [h1(w, 9, "其他重要事项的情况说明"), h2(w, 1, "机关运行经费"), operatingCost(c), h2(w, 2, "政府采购情况")];
  const proc = {key: "procurement.total", label: "政府采购预算"};
  out.push(
    d.procurement === 0n && c.rng.chance(0.5)
      ? `${year}年${selfPlain(c)}无政府采购预算。`
      : `${year}年${selfPlain(c)}安排政府采购预算${w.money(proc, d.procurement)}${d.procurement ? "，主要用于办公设备更新购置" : ""}。`,
  );
  out.push(h2(w, 3, "国有资产占有使用情况"));
  const ours = c.rng.pick(["我单位", "本单位", ""]);
  const intangible = m.assets.intangible || c.rng.chance(0.5) ? `、无形资产${w.money({key: "assets.intangible", label: "无形资产"}, m.assets.intangible)}` : "";
  const v = m.assets.vehicles;
  const cars = `${selfPlain(c)}公务车辆${w.count({key: "assets.vehicles", label: "公务车辆"}, v, "辆")}${v ? `，其中${col}一般公务用车${w.count({key: "assets.vehicles_general", label: "一般公务用车"}, v, "辆")}` : ""}`;
  // The extractor labels a threshold with the amount as written, so these are written plainly.
  const thresholds = `单价${w.count({key: "assets.equipment_threshold", label: "单价50万元以上通用设备"}, 50, "万元")}以上通用设备无，单价${w.count({key: "assets.equipment_threshold", label: "单价100万元以上专用设备"}, 100, "万元")}以上专用设备无`;
  out.push(`截至${year - 1}年12月31日，${ours}固定资产${w.money({key: "assets.fixed", label: "固定资产"}, m.assets.fixed)}${intangible}。${cars}；${thresholds}。`);
  out.push(h2(w, 4, "绩效目标设置情况"));
  const funds = {key: "performance.funds", label: "涉及一般公共预算当年拨款"};
  let perf = `${year}年${self(c)}通用项目和专用项目均按要求实行绩效目标管理，涉及一般公共预算当年拨款${w.money(funds, d.projectFunds)}。`;
  perf += `按照预算绩效管理要求，本部门对${year}年一般公共预算项目支出开展了绩效目标管理，共编制绩效目标${w.count({key: "performance.target_count", label: "绩效目标"}, m.perfTargets, "个")}，涉及财政资金${w.money(funds, d.projectFunds)}，覆盖率达到${w.count({key: "performance.coverage_pct", label: "覆盖率"}, 100, "%")}。`;
  if (w.style.performanceProse) perf += "工会各项专项资金在走访慰问、帮扶救助、促进就业和依法维权等方面发挥着重要作用，保障了各级工会组织开展工作的需要。";
  out.push(perf);
  return out;
}

const TERMS = [
  "财政拨款收入：指由财政拨款形成的部门收入。按现行管理制度，部门预算中反映的财政拨款仅包括一般公共预算拨款和政府性基金预算拨款。",
  "事业收入：指所属事业单位开展专业业务活动及辅助活动所取得的收入。",
  "其他收入：指除上述“财政拨款收入”、“事业收入”等以外的收入，主要是按规定动用的存款利息收入等。",
  "上年结转：指以前年度尚未完成、结转至本年按原规定用途继续使用的资金。",
  "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
  "项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
  "“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
  "机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。",
];

export function renderTerms(c: DocCtx): string[] {
  const terms = TERMS.slice(0, c.rng.int(4, TERMS.length));
  return [h1(c.w, 10, "名词解释"), ...terms.map((t, i) => h2(c.w, i + 1, t))];
}

export function renderSignature(c: DocCtx): string[] {
  if (!c.w.style.signature) return [];
  const [mo, day] = c.m.published;
  return ["", c.unit.name, `${c.year}年${mo}月${day}日`];
}
