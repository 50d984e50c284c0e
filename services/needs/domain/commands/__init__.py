"""The needs commands, as the people of seed 000 give them: each is the request body of its
route, validated at the edge, and what its handler and decide function receive.

Every field has a Thai `title` (the label a refused field is named by), limits, and for a
choice an enumeration, so that the OpenAPI lists the allowed values. Commands that carry
nothing but the record they name (closing a campaign, a reminder) have no body.
"""
