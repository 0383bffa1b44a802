# bench_literal_vs_efficient.gp, written by redes. Redraw bench_literal_vs_efficient.png from its data with: gnuplot bench_literal_vs_efficient.gp
set encoding utf8
set terminal pngcairo size 1000,600 enhanced font 'DejaVu Sans,11'
set output 'bench_literal_vs_efficient.png'
set datafile separator ','
set title 'Backpropagation of the net 8-N-2: literal tensors against efficient batches'
set xlabel 'N (hidden units)'
set ylabel 'seconds per sample (median over rounds)'
set grid
set key top left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
set grid
plot 'bench_literal_vs_efficient.csv' index 0 using 1:2 with linespoints lw 2 pt 7 lc rgb '#d62728' title 'literal path (G_{σ′}, ∂z/∂W as arrays): slope 2.14', \
     'bench_literal_vs_efficient.csv' index 1 using 1:2 with linespoints lw 2 pt 5 lc rgb '#1f77b4' title 'efficient path (batches, G_{σ′} never built): slope 1.02', \
     'bench_literal_vs_efficient.csv' index 2 using 1:2 with lines lw 1 dashtype 2 lc rgb 'black' title '∝ N²', \
     'bench_literal_vs_efficient.csv' index 3 using 1:2 with lines lw 1 dashtype 3 lc rgb 'black' title '∝ N'
set output
