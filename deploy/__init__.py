"""Several dashboard servers behind one address: HAProxy with session affinity, for Docker and for this machine.

* ``haproxy.cfg.template`` and :mod:`.haproxy`: the balancer's configuration, filled in with the servers;
* ``compose.yaml``: two servers from the project's Dockerfile and HAProxy, sharing one git repository;
* :mod:`.local`: the same without Docker, ``python -m deploy.local``.

docs/hosting.md ("Meer dan één server") explains why and how.
"""
