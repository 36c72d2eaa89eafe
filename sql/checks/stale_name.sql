-- severity: info
-- title: 使用已更名的科目名称
-- summary: 分类名称在文件年度之前已更名（如文化体育与传媒支出→文化旅游体育与传媒支出）。
-- description: A classification name that was official once but had been renamed by the document's year (文化体育与传媒支出 → 文化旅游体育与传媒支出, 医疗卫生与计划生育支出 → 卫生健康支出). Read from the versioned crosswalk ref_classification_aliases.
-- grain: one row per former name and sentence (a fact's label, or a 类/款 of the path a line quotes)
-- depends_on: stg_documents
with m as (
    select m.*, d.fiscal_year
    from mentions as m
    join stg_documents as d using (doc_id)
    where m.label is not null and m.key in ('expenditure.function', 'basic.item', 'function_detail')
),

former as (
    select kind, code, alias, try_cast(used_until as INTEGER) as used_until
    from ref_classification_aliases
    where status = 'former'
),

current_names as (
    select code, name, 'function' as kind from ref_function_classification
    union all
    select code, name, 'economic' from ref_economic_classification where scheme <> 'pre_2018'
),

final as (
    select
        'stale_name' as rule_id,
        'info' as severity,
        'fail' as status,
        m.doc_id,
        m.key,
        f.code,
        null as expected,
        null as actual,
        null as difference,
        '“' || f.alias || '”为旧科目名称（' || coalesce(f.used_until::VARCHAR, '?') || ' 年后停用），现称“' || coalesce(n.name, '?') || '”（' || f.code || '）' as message,
        m.span_start,
        m.span_end,
        m.quote
    from m
    join former as f
        on (
            f.alias = m.label
            -- NOTE: a former 类/款 name can stand above the 项 a line is about, in the path it quotes
            -- ("医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）"): the line's label is current, the path is not.
            or (m.key = 'expenditure.function' and (
                strpos(m.quote, f.alias || '（类）') > 0 or strpos(m.quote, f.alias || '(类)') > 0
                or strpos(m.quote, f.alias || '（款）') > 0 or strpos(m.quote, f.alias || '(款)') > 0))
        )
        and f.kind = case when m.key = 'expenditure.function' then 'function' else 'economic' end
        and (f.used_until is null or m.fiscal_year is null or m.fiscal_year > f.used_until)
    left join current_names as n on n.code = f.code and n.kind = f.kind
    -- A former name that is also some code's current name (住房公积金: 30311 before 2018, 30113 now) is not stale.
    where not exists (select 1 from current_names as c where c.name = f.alias and c.kind = f.kind)
    -- One finding per former name and sentence, however many amounts the sentence states.
    qualify row_number() over (partition by m.doc_id, f.code, m.quote order by (f.alias = m.label) desc, m.span_start) = 1
)

select * from final
