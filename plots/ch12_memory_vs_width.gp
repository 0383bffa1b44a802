# ch12_memory_vs_width.gp, written by redes. Redraw ch12_memory_vs_width.png from its data with: gnuplot ch12_memory_vs_width.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch12_memory_vs_width.png'
set datafile separator ','
set title 'Backpropagation: memory per sample against the width N (net N, N, N, 1)'
set xlabel 'width N'
set ylabel 'bytes per sample'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set xrange [3:1400]
set format x '%g'
set xtics (4, 8, 16, 32, 64, 128, 256, 512, 1024)
plot 'ch12_memory_vs_width.csv' index 0 using 1:2 with linespoints pt 7 ps 1.2 lw 2 lc rgb '#e41a1c' title 'literal: the tuples (z, x, G_σ′, ∂z/∂W, I) of every layer', \
     'ch12_memory_vs_width.csv' index 1 using 1:2 with linespoints pt 5 ps 1.2 lw 2 lc rgb '#377eb8' title 'efficient: the columns of X_ℓ, Z_ℓ, δ_ℓ', \
     'ch12_memory_vs_width.csv' index 2 using 1:2 with lines dashtype 2 lw 2 lc rgb 'black' title 'literal path''s default limit (100 MB)'
set output
