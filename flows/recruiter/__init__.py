"""The recruiter's message reader, in the order it reads (``flows.recruiter_message`` is its
entry point and command line):

- ``reading``: what it returns (``Reading``, ``Kind``, ``Criterion``, ``Evidence``);
- ``language``: whether the message is in a language it does not read (then ``other``);
- ``cues``: the word families of each kind and each refusal reason;
- ``body``: the folded body the cues are matched on, with conditionals and neutral
  statements set aside;
- ``refusal``: a refusal's details (N3 criteria, months, the missing skill);
- ``senders``: the recruiter's name and the company;
- ``learned``: the second opinion on the kind, when no rule decided;
- ``reader``: ``read_message``, which puts them together.
"""
