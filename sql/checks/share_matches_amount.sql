-- severity: error
-- description: A stated share (占…%) matches its amount divided by its total, to the precision the share is written with (占2.1% allows 2.05–2.15). Computed exactly: |amount·100 − share·total| ≤ total·0.5·10^−decimals.
-- grain: one row per fact with a stated share whose total is stated
-- depends_on: stg_facts
with f as (
    select * from stg_facts where measure is null or measure = 'actual'
),

shared as (
    select * from f where share_pct is not null
),

denominators as (
    -- What a share is "of": income sources of 收入总计 (or 本年收入合计), expenditure lines of 支出合计 of the same
    -- basis, 三公 parts of the 三公 total.
    select s.doc_id, s.key, s.basis, s.code, s.label, s.parent, s.amount, s.share_pct, s.share_pct_as_written,
           s.span_start, s.span_end, s.quote,
           coalesce(
               case when s.key like 'income.%' then coalesce(
                   (select t.amount from f as t where t.doc_id = s.doc_id and t.key = 'income.total' limit 1),
                   (select t.amount from f as t where t.doc_id = s.doc_id and t.key = 'income.current_year' limit 1)) end,
               case when s.key in ('expenditure.basic', 'expenditure.project', 'expenditure.reserve', 'expenditure.function', 'expenditure.total') then
                   (select t.amount from f as t where t.doc_id = s.doc_id and t.key = 'expenditure.total' and t.basis is not distinct from s.basis limit 1) end,
               case when s.key like 'three_public.%' then
                   (select t.amount from f as t where t.doc_id = s.doc_id and t.key = 'three_public.total' limit 1) end
           ) as total
    from shared as s
),

final as (
    select
        'share_matches_amount' as rule_id,
        case when total is null or total = 0 then 'info' else 'error' end as severity,
        case
            when total is null or total = 0 then 'insufficient_data'
            when abs(amount * 100 - share_pct * total) * pow(10, scale_of(share_pct_as_written))::DECIMAL(38,0) <= total * 0.5 then 'pass'
            else 'fail'
        end as status,
        doc_id,
        key,
        code,
        share_pct as expected,
        case when total > 0 then round(amount * 100 / total, 4) end as actual,
        case when total > 0 then round(amount * 100 / total, 4) - share_pct end as difference,
        coalesce(label, key) || ' ' || fmt_amount(amount) || ' 占 ' || share_pct_as_written || '%'
            || (case when total is null or total = 0 then '：未找到其合计，无法核对'
                     else '，按合计 ' || fmt_amount(total) || ' 计算为 ' || fmt_amount(round(amount * 100 / total, 4)) || '%' end) as message,
        span_start,
        span_end,
        quote
    from denominators
)

select * from final
