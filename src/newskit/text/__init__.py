"""Reading text: articles, paragraphs and sentences with offsets into the input."""
