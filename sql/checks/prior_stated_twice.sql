-- title: 同一上年数前后说法不一
-- summary: 同一科目与同一年份比较时，文中各处给出的上年数（直接写出的，或由本年数减增减额推得的）应当一致；两种说法不可能同时成立。
-- severity: error
-- description: One line (key, basis, code, label) compared with one year and one measure states one prior: where the document states the comparison twice (in the summary and in the detail, in the text of two chapters) with different priors — stated, or implied by 本年 − 变动 — both cannot be right. Each pair of differing statements is one row, quoting the later one and naming the earlier.
-- grain: one row per pair of changes of one line whose priors differ (and one pass row per line stated more than once consistently)
-- depends_on: stg_changes
with c as (
    select *, coalesce(prior_measure, '') as pm from stg_changes where prior is not null
),

pairs as (
    select a.doc_id, a.key, a.basis, a.code, a.label, a.compare_year,
           a.prior as first_prior, b.prior as later_prior, a.quote as first_quote,
           b.span_start, b.span_end, b.quote, a.prior <> b.prior as differs,
           row_number() over (partition by b.doc_id, b.change_id order by a.span_start) as k
    from c as a
    join c as b
        on a.doc_id = b.doc_id and a.key = b.key and a.basis is not distinct from b.basis and a.code is not distinct from b.code
        and a.label is not distinct from b.label and a.compare_year is not distinct from b.compare_year and a.pm = b.pm
        and (a.span_start, a.change_id) < (b.span_start, b.change_id)
),

final as (
    select
        'prior_stated_twice' as rule_id,
        'error' as severity,
        case when differs then 'fail' else 'pass' end as status,
        doc_id,
        key,
        code,
        first_prior as expected,
        later_prior as actual,
        later_prior - first_prior as difference,
        coalesce(label, key) || ' 与 ' || coalesce(compare_year::VARCHAR, '上') || ' 年比较的上年数' ||
            case when differs then '前后不一：先为 ' || fmt_amount(first_prior) || '，后为 ' || fmt_amount(later_prior) || '；另见：' || first_quote
                 else '两处一致（' || fmt_amount(later_prior) || '）' end as message,
        span_start,
        span_end,
        quote
    from pairs
    where differs or k = 1
)

select * from final
