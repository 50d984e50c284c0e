// Command nithet-ferretdb runs FerretDB 1.24 through its embeddable package.
//
// `go install .../cmd/ferretdb@v1.24.2` panics at start-up because the module zip lacks
// build/version/version.txt, so Nithet builds this small wrapper instead.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	_ "net/http/pprof" // profiles on -pprof-addr only (see docs/PERFORMANCE.md)
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "address to listen on")
	handler := flag.String("handler", "sqlite", "backend: sqlite or postgresql")
	sqliteURL := flag.String("sqlite-url", "", "SQLite directory URL, file:/abs/dir/")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL")
	pprofAddr := flag.String("pprof-addr", "", "serve Go profiles on this address (off when empty)")
	flag.Parse()

	if *pprofAddr != "" {
		go func() { fmt.Fprintln(os.Stderr, "pprof:", http.ListenAndServe(*pprofAddr, nil)) }()
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:      ferretdb.ListenerConfig{TCP: *listen},
		Handler:       *handler,
		SQLiteURL:     *sqliteURL,
		PostgreSQLURL: *postgresURL,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "ferretdb listening on", *listen)
	f.Run(ctx)
}
