-- severity: warning
-- title: 所述上年数与上年文件不符
-- summary: 本年文件所述或隐含的上年数（本年数减变动）应与上年文件自己的数字一致，按二者写出的精度核对；没有上年文件时无法核对。
-- description: The prior-year amount a change states or implies (本年 − 变动) matches the prior year's own document, to the precision both are written with. Without that document the check says insufficient_data.
-- grain: one row per stated change of a unit whose prior-year document could be looked for
-- depends_on: stg_changes, int_document_parts, int_prior_amounts
with parts as (
    select * from int_document_parts
),

prior_amounts as (
    select * from int_prior_amounts
),

c as (
    -- Every stated prior of a current document (also of one that int_documents_latest did not pick for its unit and
    -- year). Only a prior of the figure the prior year's document states: not a budget document's 上年预算执行数,
    -- not a final account's comparison with its own year's budget (比年初预算数).
    select
        sc.*,
        d.unit_key,
        d.doc_kind,
        d.disclosure_scope as doc_scope
    from stg_changes as sc
    join parts as d using (doc_id)
    where sc.compare_year is not null
      and sc.prior is not null
      and sc.compare_year <> sc.fiscal_year
      and (
          sc.prior_measure is null
          or sc.prior_measure = case when d.doc_kind = 'final' then 'actual' else 'budget' end
          or (sc.prior_measure = 'budget_initial' and d.doc_kind = 'budget')
      )
),

-- The prior year's amount from the one prior-year lookup (int_prior_amounts), as int_changes_resolved reads it.
matched as (
    select
        c.*,
        p.prior_doc_amount,
        p.prior_doc_id is not null as prior_doc_exists
    from c
    left join prior_amounts as p
      on p.lookup_key = prior_lookup_key(c.unit_key, c.doc_kind, c.doc_scope, c.compare_year, c.key, c.basis, c.code, null, null)
),

final as (
    select
        'prior_year_mismatch' as rule_id,
        case when prior_doc_amount is null then 'info' else 'warning' end as severity,
        case
            when prior_doc_amount is null then 'insufficient_data'
            -- One figure against one (identity_verdict, n = 1): equal, or a gap that rounding of the two could make
            -- ('rounding', |gap| ≤ one unit of the precision), passes. The precision is the coarser of the two as
            -- written (a prior of 100.5 cannot claim cents) but never coarser than a cent: two narratives in 万元 agree
            -- within 0.01; two figures exact to the 元 (four decimals in 万元) must agree to the 元.
            when identity_verdict(prior_doc_amount, prior,
                     greatest(2, least(scale_of(fmt_amount(prior)), scale_of(fmt_amount(prior_doc_amount)))), 1) <> 'fail'
                then 'pass'
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
