/** 一、基本职能 and 二、单位构成: prose (no amounts, so nothing to extract) and the unit-count sentence. */
import {self, type DocCtx} from "./context.ts";
import {h1, h2} from "./phrases.ts";

const DUTIES = [
  "贯彻执行党的路线、方针、政策，根据党委和上级工会的部署，确定工会工作的指导思想、目标和任务",
  "突出和履行维护职工合法权益的职能，代表和组织职工参与民主管理和民主监督",
  "指导基层工会组织开展以职工代表大会为基本制度的民主选举、民主决策、民主管理和民主监督工作",
  "推动工会组织建立平等协商、集体合同制度和监督保证机制",
  "协助政府做好劳动模范的推荐评选和管理工作",
  "组织开展职工劳动和技能竞赛，团结动员职工建功立业",
];

const TASKS = [
  "以更高的站位加强职工思想引领。深入学习贯彻习近平新时代中国特色社会主义思想，大力弘扬劳模精神、劳动精神、工匠精神",
  "以更强的担当团结职工建功立业。聚焦重大工程、重大项目、重点产业，广泛开展职工劳动和技能竞赛",
  "以更实的举措维护职工合法权益。叫响做实“四季送”、困难职工帮扶、女职工关爱等工作品牌",
  "以更大的力度夯实工会组织基础。推动基层工会规范化建设，提升工会干部综合素质",
  "深化职工医疗互助保障活动，加大对户外劳动者、新就业形态劳动者、农民工等群体的关心关爱力度",
];

export function renderTitle(c: DocCtx): string[] {
  if (!c.w.style.title) return [];
  return [c.rng.pick([`${c.unit.name}${c.year}年部门预算情况说明`, `${c.unit.name}${c.year}年部门预算`, `${c.unit.name}${c.year}年度部门预算公开`]), ""];
}

export function renderDuties(c: DocCtx): string[] {
  const w = c.w;
  const duties = c.rng.shuffle(DUTIES).slice(0, c.rng.int(3, 5));
  const ord = ["一", "二", "三", "四", "五"];
  const tasks = c.rng.shuffle(TASKS).slice(0, c.rng.int(2, 4));
  const out = [
    h1(w, 1, c.rng.pick(["基本职能及主要工作", "部门基本职能及主要工作", "基本职能及主要工作任务"])),
    h2(w, 1, `${c.unit.name}基本职能`),
    `${c.unit.name}主要职责是：${duties.map((d, i) => `${ord[i]}是${d}`).join("；")}。`,
  ];
  if (c.rng.chance(0.85)) {
    out.push(h2(w, 2, `${c.year}年重点工作`));
    tasks.forEach((t, i) => out.push(`${i + 1}.${t}。`));
  }
  return out;
}

export function renderComposition(c: DocCtx): string[] {
  const w = c.w;
  // 总工会 机关 are either 行政单位 or 参照公务员法管理的事业单位; the unit has no second-level units.
  const admin = c.unit.level === "prefecture" || c.rng.chance(0.6) ? 1 : 0;
  const org = (key: string, label: string, n: number) => `${label}${w.count({key, label}, n, "个")}`;
  return [
    h1(w, 2, c.rng.pick(["部门预算单位构成", "单位构成", "预算单位构成情况"])),
    `${self(c)}属一级预算单位，${org("org.secondary_units", "下属二级预算单位", 0)}，其中${w.style.colon}${org("org.admin_units", "行政单位", admin)}；${org("org.civil_service_units", "参照公务员法管理的事业单位", 1 - admin)}；${org("org.other_institutions", "其他事业单位", 0)}。`,
  ];
}
