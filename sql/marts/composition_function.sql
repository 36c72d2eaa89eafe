-- grain: one row per latest document × basis × measure × function 类 (3-digit expenditure.function code)
-- depends_on: int_series_yearly, ref_function_classification
-- description: What a document spends by function class. share_pct_of_classes = amount ÷ the sum of the 类 lines of
-- description: the same document, basis and measure; share_pct_of_total = amount ÷ expenditure.total of the same
-- description: basis when the document states it. Shares are exact DECIMAL percentages rounded half away from zero
-- description: to 4 places (computed on scaled integers: DuckDB's DECIMAL ÷ DECIMAL would give a DOUBLE).
-- description: class_name is the current name from ref_function_classification; label is as written.
-- description: A missing total or an ambiguous line leaves the share NULL (total_status / classes_status say why).
with series as (
    select * from int_series_yearly
),

function_classes as (
    select * from ref_function_classification
),

class_lines as (
    select *
    from series
    where key = 'expenditure.function'
      and length(code) = 3
),

class_sums as (
    select
        doc_id,
        basis,
        measure,
        count(*) as n_classes,
        case when count(*) = count(amount) then sum(amount) end as classes_sum
    from class_lines
    group by all
),

totals as (
    select
        doc_id,
        basis,
        measure,
        amount as expenditure_total
    from series
    where key = 'expenditure.total'
      and code is null
      and parent is null
),

joined as (
    select
        c.*,
        s.n_classes,
        s.classes_sum,
        t.expenditure_total,
        fc.name as class_name
    from class_lines as c
    join class_sums as s
      on s.doc_id = c.doc_id
     and s.basis is not distinct from c.basis
     and s.measure is not distinct from c.measure
    left join totals as t
      on t.doc_id = c.doc_id
     and t.basis is not distinct from c.basis
     and t.measure is not distinct from c.measure
    left join function_classes as fc
      on fc.code = c.code
     and fc.level = '类'
),

-- Exact percentage: round(num × 100 ÷ den, 4) on scaled integers, half away from zero.
shares as (
    select
        *,
        exact_pct(amount, classes_sum) as share_pct_of_classes,
        exact_pct(amount, expenditure_total) as share_pct_of_total
    from joined
),

final as (
    select
        doc_id,
        unit_name,
        fiscal_year,
        doc_kind,
        region,
        is_synthetic,
        basis,
        measure,
        code,
        class_name,
        label,
        amount,
        n_classes,
        classes_sum,
        share_pct_of_classes,
        expenditure_total,
        share_pct_of_total,
        share_pct_stated,
        classes_sum - expenditure_total as classes_minus_total,
        case
            when classes_sum is null then 'insufficient_data'
            when classes_sum = 0 then 'zero_sum'
            else 'ok'
        end as classes_status,
        case
            when expenditure_total is null then 'total_not_stated'
            when expenditure_total = 0 then 'zero_total'
            else 'ok'
        end as total_status
    from shares
)

select * from final
