"""Curriculum commands: each is the request body of its route and what its handler decides on.

One module per kind of work: a case and its committees (`cases`, `committees`), the school's
assessment summaries (`assessments`), the provincial coaching team (`coaching`), teachers'
lesson plans and exchange forums (`teaching`), a teacher's class assessments (`classroom`),
and a pilot school's records under the sandbox laws (`sandbox`). Every field has a Thai
`title` (the label a refused field is named by), limits, and enumerations for fixed values.
"""
