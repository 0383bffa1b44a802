# ch17_symmetry_scale.gp, written by redes. Redraw ch17_symmetry_scale.png from its data with: gnuplot ch17_symmetry_scale.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch17_symmetry_scale.png'
set datafile separator ','
set title 'Breaking the symmetry: risk after training against the scale s of [W_0]_{ij} ∼ N(0, s²)'
set xlabel 'initial scale s'
set ylabel 'R̂ after training'
set grid
set key bottom left box opaque
set logscale x
set format x '10^{%L}'
set logscale y
set format y '10^{%L}'
plot 'ch17_symmetry_scale.csv' index 0 using 1:2:3 with yerrorbars pt 7 lc rgb '#1f77b4' title 'random W_0 with scale s (± s.e. over 5 runs)', \
     'ch17_symmetry_scale.csv' index 1 using 1:2 with lines lw 2 lc rgb '#1f77b4' title '', \
     'ch17_symmetry_scale.csv' index 2 using 1:2 with lines lw 2 dashtype 2 lc rgb '#d62728' title 'W_0 = 0 (the units never differ)'
set output
