-- severity: warning
-- title: 所述上年数与上年文件不符
-- summary: 本年文件所述或隐含的上年数（本年数减变动）应与上年文件自己的数字一致，按二者写出的精度核对；没有上年文件时无法核对。
-- description: The prior-year amount a change states or implies (本年 − 变动) matches the prior year's own document, to the precision both are written with. Without that document the check says insufficient_data.
-- grain: one row per stated change of a unit whose prior-year document could be looked for
-- depends_on: stg_changes, stg_facts
with c as (
    -- Only a prior of the figure the prior year's document states: not a budget document's 上年预算执行数, not a
    -- final account's comparison with its own year's budget (比年初预算数).
    select * from stg_changes as sc
    where compare_year is not null and prior is not null and compare_year <> fiscal_year
        and (prior_measure is null or prior_measure = (
            select case when d.doc_kind = 'final' then 'actual' else 'budget' end from stg_documents as d where d.doc_id = sc.doc_id
        ) or (prior_measure = 'budget_initial' and (select d.doc_kind from stg_documents as d where d.doc_id = sc.doc_id) = 'budget'))
),

prior_facts as (
    -- One statement per fact: the narrative's where both text and a table state it (text_vs_table compares them).
    select unit_name, fiscal_year, doc_kind, key, basis, code, amount, amount_as_written
    from stg_facts
    where is_latest and (measure is null or measure = 'actual')
    qualify row_number() over (
        partition by unit_name, fiscal_year, doc_kind, key, basis, code
        order by origin desc, doc_id, span_start, span_end, parent, label
    ) = 1
),

matched as (
    select c.*, p.amount as prior_doc_amount, p.amount_as_written as prior_doc_written,
           exists (select 1 from stg_documents as d where d.unit_name = c.unit_name and d.fiscal_year = c.compare_year and d.is_latest) as prior_doc_exists
    from c
    left join prior_facts as p
        on p.unit_name = c.unit_name and p.fiscal_year = c.compare_year and p.key = c.key
        and p.doc_kind = (select d.doc_kind from stg_documents as d where d.doc_id = c.doc_id)
        and p.basis is not distinct from c.basis and p.code is not distinct from c.code
),

final as (
    select
        'prior_year_mismatch' as rule_id,
        case when prior_doc_amount is null then 'info' else 'warning' end as severity,
        case
            when prior_doc_amount is null then 'insufficient_data'
            -- Both sides may be rounded narratives: agree within a cent (0.01 万元) and at the stated precision.
            when abs(prior - prior_doc_amount) <= 0.01 then 'pass'
            else 'fail'
        end as status,
        doc_id,
        key,
        code,
        prior_doc_amount as expected,
        prior as actual,
        prior - prior_doc_amount as difference,
        coalesce(label, key) || '：本文件所述 ' || compare_year || ' 年数 ' || fmt_amount(prior)
            || (case when prior_doc_amount is not null then '，' || compare_year || ' 年文件自述 ' || fmt_amount(prior_doc_amount)
                     when prior_doc_exists then '，' || compare_year || ' 年文件未列明该项'
                     else '，库中无 ' || compare_year || ' 年文件，无法核对' end) as message,
        span_start,
        span_end,
        quote
    from matched
)

select * from final
