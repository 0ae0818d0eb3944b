"""Vocabulary and gazetteers shipped with newskit, kept as data a user can read and extend."""
