"""The provider catalogue: ``loader`` reads ``resources/isps/*.toml`` and the user's overrides (``route_fields``: the
fields of relay and mailbox services); ``resolve`` turns a
profile and what the user typed into concrete relay settings (the one place); ``credentials`` says which login fields
a profile needs and under which keyring keys its password lives."""
