-- severity: error
-- title: 增减幅度与金额不符
-- summary: 文件所述的增减百分比，应等于所述变动额除以上年数，按百分比写出的精度核对。
-- description: A stated percentage change (增长/减少 …%) matches the stated change divided by the prior-year amount, to the precision the percentage is written with. A percentage stated for a change from 0 is a warning: no percentage follows from a zero base (except 100%, the common convention for a new line, which is not judged).
-- grain: one row per stated change with both an amount and a percentage
-- depends_on: stg_changes
with c as (
    select * from stg_changes where pct is not null and prior is not null
),

final as (
    select
        'change_pct_mismatch' as rule_id,
        -- NOTE: a percentage printed against a prior of 0 ("比年初预算数增加1668.14万元，增长0%") follows from nothing:
        -- a warning, since the amounts themselves may be right.
        -- A new line written as "增加100%" follows a common convention for a rise from nothing: not judged.
        case when prior = 0 and (delta = 0 or abs(pct) = 100) then 'info' when prior = 0 then 'warning' else 'error' end as severity,
        case
            when prior = 0 and (delta = 0 or abs(pct) = 100) then 'insufficient_data'
            when prior = 0 then 'fail'
            -- delta / prior × 100 at the decimals the percentage is written with (pct_holds), exact.
            when pct_holds(delta, prior, pct, pct_decimals(pct, pct_as_written)) then 'pass'
            else 'fail'
        end as status,
        doc_id,
        key,
        code,
        pct as expected,
        exact_pct(delta, prior) as actual,
        exact_pct(delta, prior) - pct as difference,
        coalesce(label, key) || ' 变动 ' || fmt_amount(delta) || '，所述变动率 ' || coalesce(pct_as_written, fmt_amount(pct)) || '%'
            || (case when prior = 0 and delta = 0 then '，上年数为 0，无法核对'
                     when prior = 0 and abs(pct) = 100 then '，上年数为 0（新增，按惯例写作 100%），无法核对'
                     when prior = 0 then '，但比较的基数为 0，变动率无从计算'
                     else '，按上年数 ' || fmt_amount(prior) || ' 计算为 ' || fmt_amount(exact_pct(delta, prior)) || '%'
                          || (case when pct_holds(delta, prior, pct, pct_decimals(pct, pct_as_written)) then ''
                                   else '，应为 ' || at_decimals(abs(exact_pct(delta, prior)), pct_decimals(pct, pct_as_written)) || '%' end) end) as message,
        span_start,
        span_end,
        quote
    from c
)

select * from final
