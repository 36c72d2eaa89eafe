-- severity: error
-- title: 同一数字前后不一
-- summary: 同一文件中同一事项出现两次而金额不同；两处都保留，不擅自取舍。说的是不同数量的两句（如现有车辆与购置车辆、年初预算与全年预算）不算矛盾，只作提示。
-- description: One fact stated twice in a document with different amounts. Both statements are kept; neither is chosen silently. Two sentences that name different quantities under one label — a holding (共有车辆 16 辆) against a purchase (安排购置车辆 2 辆), a 年初预算 against a 全年预算 — are not a contradiction: they are listed as info (could not be compared), not as an error.
-- grain: one row per disagreeing mention
-- depends_on: stg_documents
with c as (
    select *,
        -- What each sentence counts: a purchase/addition, or a stock; an initial budget, or the full-year/adjusted one.
        regexp_matches(quote, '购置|购买|新增|更新') as q_purchase,
        regexp_matches(other_quote, '购置|购买|新增|更新') as o_purchase,
        regexp_matches(quote, '年初') as q_initial,
        regexp_matches(other_quote, '年初') as o_initial,
        regexp_matches(quote, '全年预算|调整预算|调整后') as q_full,
        regexp_matches(other_quote, '全年预算|调整预算|调整后') as o_full
    from conflicts
),

judged as (
    select *,
        -- Only counts of assets (辆, 台) are held or bought; "公务用车购置及运行维护费" names 购置 in a money label.
        (key like 'assets.%' and q_purchase <> o_purchase) or (q_initial and o_full and not o_initial) or (o_initial and q_full and not q_initial) as different_things
    from c
),

final as (
    select
        'conflicting_mentions' as rule_id,
        case when different_things then 'info' else 'error' end as severity,
        case when different_things then 'insufficient_data' else 'fail' end as status,
        doc_id,
        key,
        code,
        amount as expected,
        other_amount as actual,
        other_amount - amount as difference,
        coalesce(label, key) || (case when basis is null then '' else '（' || basis || '）' end)
            || (case when different_things then ' 两处所指不同（' || (case when key like 'assets.%' and q_purchase <> o_purchase then '保有数与购置数' else '年初预算与全年预算' end)
                     || '），未作比较：一处 ' || fmt_amount(amount) || '，另一处 ' || fmt_amount(other_amount)
                     else ' 前后不一：先称 ' || fmt_amount(amount) || '，后称 ' || fmt_amount(other_amount) end)
            || '；另见：' || other_quote as message,
        other_span_start as span_start,
        other_span_end as span_end,
        other_quote as quote
    from judged
)

select * from final
