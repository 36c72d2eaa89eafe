/**
 * Names the generator writes: economic items of basic spending (with the code a reader would file them under) and
 * function lines (codes and names as in data/reference/function_classification.csv).
 */

export interface ItemDef {
  label: string;
  /** Economic code this label names, or null when no single code does (水电费 is 30205 + 30206). */
  code: string | null;
}

export const PERSONNEL_ITEMS: ItemDef[] = [
  {label: "基本工资", code: "30101"},
  {label: "津贴补贴", code: "30102"},
  {label: "奖金", code: "30103"},
  {label: "绩效工资", code: "30107"},
  {label: "其他社会保障缴费", code: "30112"},
  {label: "职工基本医疗保险", code: "30110"},
  {label: "公务员医疗补助", code: "30111"},
  {label: "机关事业单位基本养老保险缴费", code: "30108"},
  {label: "职业年金缴费", code: "30109"},
  {label: "住房公积金", code: "30113"},
  {label: "退休费", code: "30302"},
  // NOTE: the seed lists a small 其他商品和服务支出 among personnel items; no personnel code names it.
  {label: "其他商品和服务支出", code: null},
  {label: "对个人和家庭补助", code: "303"},
];

export const PUBLIC_ITEMS: ItemDef[] = [
  {label: "办公费", code: "30201"},
  {label: "印刷费", code: "30202"},
  {label: "取暖费", code: "30208"},
  {label: "手续费", code: "30204"},
  {label: "水电费", code: null},
  {label: "邮电费", code: "30207"},
  {label: "差旅费", code: "30211"},
  {label: "公务接待费", code: "30217"},
  {label: "公务用车运行维护费", code: "30231"},
  {label: "维修（护）费", code: "30213"},
  {label: "租赁费", code: "30214"},
  {label: "会议费", code: "30215"},
  {label: "培训费", code: "30216"},
  {label: "劳务费", code: "30226"},
  {label: "工会经费", code: "30228"},
  {label: "福利费", code: "30229"},
  {label: "其他交通工具运行维护费", code: "30239"},
  {label: "其他商品和服务支出", code: "30299"},
];

export function economicCode(label: string, group: "personnel" | "public"): string | null {
  return (group === "personnel" ? PERSONNEL_ITEMS : PUBLIC_ITEMS).find((d) => d.label === label)?.code ?? null;
}

/** Personnel items that are spent under their own function line rather than 行政运行. */
export const SOCIAL_LINES: Record<string, {code: string; name: string}> = {
  机关事业单位基本养老保险缴费: {code: "2080505", name: "机关事业单位基本养老保险缴费支出"},
  职业年金缴费: {code: "2080506", name: "机关事业单位职业年金缴费支出"},
  职工基本医疗保险: {code: "2101101", name: "行政单位医疗"},
  公务员医疗补助: {code: "2101103", name: "公务员医疗补助"},
  住房公积金: {code: "2210201", name: "住房公积金"},
  退休费: {code: "2080501", name: "行政单位离退休"},
};

export interface ClassDef {
  code: string;
  name: string;
  /** Name written before the class's 2019 rename (the `stale_name` anomaly). */
  former?: string;
  /** How a 类/款 path writes the class: 一般公共服务（类）, 社会保障和就业支出（类）. */
  pathName: string;
}

export const CLASSES: Record<string, ClassDef> = {
  "201": {code: "201", name: "一般公共服务支出", pathName: "一般公共服务"},
  "205": {code: "205", name: "教育支出", pathName: "教育支出"},
  "207": {code: "207", name: "文化旅游体育与传媒支出", former: "文化体育与传媒支出", pathName: "文化旅游体育与传媒支出"},
  "208": {code: "208", name: "社会保障和就业支出", pathName: "社会保障和就业支出"},
  "210": {code: "210", name: "卫生健康支出", former: "医疗卫生与计划生育支出", pathName: "卫生健康支出"},
  "221": {code: "221", name: "住房保障支出", pathName: "住房保障支出"},
};

export const KUAN: Record<string, string> = {
  "20129": "群众团体事务",
  "20805": "行政事业单位养老支出",
  "21011": "行政事业单位医疗",
  "22102": "住房改革支出",
};

export const LINE_NAMES: Record<string, string> = {
  "2012901": "行政运行",
  "2012906": "工会事务",
  "2012999": "其他群众团体事务支出",
};

/** Project items a union budget plausibly funds; `procurement` ones are bought through 政府采购. */
export const PROJECT_POOL: {label: string; lo: number; hi: number; procurement?: boolean}[] = [
  {label: "困难职工帮扶资金", lo: 500, hi: 4000},
  {label: "送温暖资金", lo: 300, hi: 3500},
  {label: "劳模专项资金", lo: 300, hi: 3000},
  {label: "职工服务中心运行经费", lo: 500, hi: 3000},
  {label: "职工技能竞赛经费", lo: 200, hi: 2000},
  {label: "农民工服务专项资金", lo: 200, hi: 1500},
  {label: "户外劳动者服务站点建设资金", lo: 300, hi: 2500},
  {label: "职工书屋建设资金", lo: 100, hi: 1200},
  {label: "金秋助学资金", lo: 200, hi: 2000},
  {label: "职工医疗互助资金", lo: 300, hi: 2500},
  {label: "国产电脑更新资金", lo: 50, hi: 600, procurement: true},
  {label: "办公设备购置资金", lo: 80, hi: 900, procurement: true},
];
