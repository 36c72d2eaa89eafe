-- grain: one row per latest document × basis × measure × economic 类 (first 3 digits of the basic.item code, or 'unclassified')
-- depends_on: int_series_yearly, ref_economic_classification
-- description: Basic expenditure items grouped by economic class. basic_total = basic.personnel + basic.public of
-- description: the same basis and measure, only when both are stated (a missing part is not a zero: share NULL,
-- description: status 'insufficient_data'). share_pct_of_basic is an exact DECIMAL percentage rounded to 4 places.
-- description: Items without a resolved code go to 'unclassified'. amount_personnel / amount_public split each class
-- description: by the item's parent (NULL when the class has no item of that parent).
with series as (
    select * from int_series_yearly
),

economic_classes as (
    select * from ref_economic_classification
),

items as (
    select
        *,
        coalesce(substr(code, 1, 3), 'unclassified') as econ_class
    from series
    where key = 'basic.item'
),

class_names as (
    select
        code,
        name
    from economic_classes
    where level = '类'
      and scheme = 'dept_2018'
),

by_class as (
    select
        doc_id,
        unit_name,
        fiscal_year,
        doc_kind,
        region,
        is_synthetic,
        basis,
        measure,
        econ_class,
        count(*) as n_items,
        case when count(*) = count(amount) then sum(amount) end as amount,
        sum(amount) filter (where parent = 'personnel') as amount_personnel,
        sum(amount) filter (where parent = 'public') as amount_public
    from items
    group by all
),

parts as (
    select
        doc_id,
        basis,
        measure,
        max(amount) filter (where key = 'basic.personnel') as basic_personnel,
        max(amount) filter (where key = 'basic.public') as basic_public
    from series
    where key in ('basic.personnel', 'basic.public')
      and code is null
      and parent is null
    group by all
),

joined as (
    select
        c.*,
        n.name as class_name,
        p.basic_personnel,
        p.basic_public,
        p.basic_personnel + p.basic_public as basic_total
    from by_class as c
    left join parts as p
      on p.doc_id = c.doc_id
     and p.basis is not distinct from c.basis
     and p.measure is not distinct from c.measure
    left join class_names as n
      on n.code = c.econ_class
),

-- Exact percentage: round(num × 100 ÷ den, 4) on scaled integers, half away from zero.
shares as (
    select
        *,
        exact_pct(amount, basic_total) as share_pct_of_basic
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
        econ_class,
        class_name,
        n_items,
        amount,
        amount_personnel,
        amount_public,
        basic_personnel,
        basic_public,
        basic_total,
        share_pct_of_basic,
        case
            when amount is null then 'conflicting_amounts'
            when basic_total is null then 'insufficient_data'
            when basic_total = 0 then 'zero_total'
            else 'ok'
        end as status
    from shares
)

select * from final
