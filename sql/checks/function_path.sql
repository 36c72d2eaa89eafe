-- severity: warning
-- title: 功能分类科目路径不符
-- summary: 功能分类按所写的层级（类、款、项）核对：每一级的编码都应是本行编码的上级，且编码存在于分类表中。
-- description: A function line's classification path as written is valid: every level named with a code is an ancestor of the line's own code, and the code exists in the classification (e.g. 社会保障和就业支出 is 类 208, not a 项 under 201 群众团体事务).
-- grain: one row per fact mention that states a classification path
-- depends_on: stg_documents
with m as (
    select * from mentions where path_as_written is not null and key = 'expenditure.function'
),

levels as (
    select m.doc_id, m.mention_id, m.code, m.label, m.path_as_written, m.span_start, m.span_end, m.quote,
           list_filter(string_split(m.path_as_written, '>'), x -> regexp_full_match(x, '[0-9]+')) as coded
    from m
),

judged as (
    select *,
           -- A code the classification has since abolished (2080504 …) is known through its former-name alias.
           code is not null and not exists (select 1 from ref_function_classification as r where r.code = levels.code)
               and not exists (select 1 from ref_classification_aliases as a where a.kind = 'function' and a.code = levels.code) as unknown_code,
           code is null or len(list_filter(coded, x -> not starts_with(levels.code, x))) > 0 as misplaced
    from levels
),

final as (
    select
        'function_path' as rule_id,
        'warning' as severity,
        case when misplaced or unknown_code then 'fail' else 'pass' end as status,
        doc_id,
        'expenditure.function' as key,
        code,
        null as expected,
        null as actual,
        null as difference,
        case
            when code is null then '科目路径 ' || path_as_written || ' 无法对应到功能分类代码'
            when misplaced then '“' || coalesce(label, '?') || '”（' || code || '）被列在 ' || array_to_string(coded, ' › ') || ' 之下，路径不成立：'
                || (select r.level || ' ' || r.code || ' ' || r.name from ref_function_classification as r where r.code = judged.code)
            when unknown_code then '代码 ' || code || ' 不在功能分类表中'
            else '科目路径有效'
        end as message,
        span_start,
        span_end,
        quote
    from judged
)

select * from final
