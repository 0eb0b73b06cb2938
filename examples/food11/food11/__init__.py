"""GourmetGram's Food-11 classifier: the code that training and serving share."""
