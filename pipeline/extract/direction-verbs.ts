/**
 * The verbs that give a stated change its direction (增加 +, 减少 −), as regex alternations, longer words first so
 * 增加 is read whole before 增. One list for the change sentences (interpret) and their reasons (reasons).
 */
export const UP_VERBS = "增加|增长|新增|调增|提高|上升|增";
export const DOWN_VERBS = "减少|下降|降低|压减|调减|核减|减";
