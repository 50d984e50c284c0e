"""The supervision commands, one typed object each from the request body to the decision.

By what they act on: `visits` (plans, visits, observations, follow-up), `school_year` (4Q,
SAR, teachers' honours), `records` (the ESA's rubrics, training, partners, dissemination),
`drive` (the ESA's TUMHOME drive for 4Q quality), `province` (a province's SAR cycle and
supervision committee); `base` holds what they share.
"""
