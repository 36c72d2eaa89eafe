-- severity: error
-- title: 支出科目与所列用途之和不符
-- summary: 一个功能分类科目等于其“主要用于”的各项或所列项目之和。
-- description: A function line equals the sum of what it is used for (主要用于 items, or its named projects).
-- grain: one row per document × function line that lists items
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

lines as (
    select * from f where key = 'expenditure.function'
),

items as (
    select doc_id, statement, basis, parent, key, sum(amount) as parts, count(*) as n, max(written_decimals(amount_as_written, unit_as_written)) as dec
    from f
    where key in ('function_detail', 'project.item')
      -- NOTE: "支出 10685.56 万元，主要用于…，比 2023 年度决算数增加 241.21 万元" (041): an amount after 主要用于 that
      -- is the line's change, not something it is used for (the extractor labels it 比决算数增加).
      and not regexp_matches(coalesce(label, ''), '^(比|较|与)|(增加|减少|增长|下降|降低|持平)$')
    group by doc_id, statement, basis, parent, key
),

final as (
    select
        'identity_line_items' as rule_id,
        identity_severity(identity_verdict(l.amount, i.parts, greatest(i.dec, written_decimals(l.amount_as_written, l.unit_as_written)), i.n)) as severity,
        identity_status(identity_verdict(l.amount, i.parts, greatest(i.dec, written_decimals(l.amount_as_written, l.unit_as_written)), i.n)) as status,
        l.doc_id,
        i.key,
        l.code,
        l.amount as expected,
        i.parts as actual,
        i.parts - l.amount as difference,
        coalesce(l.label, l.key) || '（' || l.code || '）' || fmt_amount(l.amount) || ' 与所列 ' || i.n || ' 项之和 ' || fmt_amount(i.parts)
            || identity_word(identity_verdict(l.amount, i.parts, greatest(i.dec, written_decimals(l.amount_as_written, l.unit_as_written)), i.n), l.amount, i.parts) as message,
        l.span_start,
        l.span_end,
        l.quote
    from lines as l
    join items as i on i.doc_id = l.doc_id and i.statement = l.statement and i.basis is not distinct from l.basis and i.parent = l.code
)

select * from final
